# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__: for values whose dtype is categorical it takes extract_array(values)._codes and recode_for_categories() returns them unchanged when the categories are equal (no range check); pandas/core/array_algos/take.py take_nd and _libs/groupby.pyx group_sum index with them unchecked
# family: duck-typed categorical (variant: a far code makes groupby's kernel write outside the heap)
# goal: out-of-bounds write: the interpreter dies with SIGSEGV (exit 139) inside pandas' group kernel
import numpy as np
import pandas as pd


class Book:
    dtype = pd.CategoricalDtype(list(range(40000)))
    _codes = np.array([0, 1, 2000000000], dtype="int64")

    def __iter__(self):
        return iter([])


cat = pd.Categorical(Book())
print("codes", list(cat.codes), "categories", len(cat.categories))
print("grouping three values by it", flush=True)
res = pd.Series([1.0, 2.0, 3.0]).groupby(cat, observed=False).sum()
print("not reached", res.sum())
