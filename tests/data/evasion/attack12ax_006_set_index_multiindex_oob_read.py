# source: pandas 1.5.3 shared Categorical codes (as 001) + DataFrame.set_index([...]) -> ensure_index_from_sequences -> MultiIndex.from_arrays (verify_integrity=False)
# family: shared codes / separate categories metadata, carried into a MultiIndex by set_index
# goal: out-of-bounds heap read through the index set_index builds
import numpy as np
import pandas as pd

n = 16
cat0 = pd.Categorical([np.nan] * n, categories=pd.Index([], dtype="int64"))
ci = pd.CategoricalIndex(cat0, categories=list(range(126)))   # shares cat0's int8 codes
v = ci.values
for i in range(n):
    v[i] = 125 - i                                             # codes past cat0's 0 categories
print("codes:", list(cat0.codes))
df = pd.DataFrame({"k": cat0, "x": np.arange(n)})
print(df.set_index(["k", "x"]).index.to_flat_index())
