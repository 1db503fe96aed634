# source: CPython ChainMap.__len__ with a filter() object as a map (predicate is a call); numpy complex conversion loop
# family:  (variant: filter() carrier, __complex__)
# goal: SIGSEGV during np.array(L, dtype=complex)
import collections
import numpy as np
L = []
class A:
    def __init__(self, v):
        self.v = v
        self.m = collections.ChainMap(filter(lambda k: L.clear(), [0]))
    def __complex__(self):
        return complex(len(self.m))
L.extend([A(i) for i in range(5)])
print("converting", flush=True)
print(np.array(L, dtype=complex))
