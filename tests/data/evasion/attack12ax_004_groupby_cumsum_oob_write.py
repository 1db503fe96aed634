# source: pandas 1.5.3 shared Categorical codes (as 001) + _libs/groupby.pyx group_cumsum: accum[lab, j] with lab from the codes, ngroups=len(categories)=0
# family: shared codes / separate categories metadata, then groupby kernels trusting the codes (transform form)
# goal: out-of-bounds heap WRITE through groupby cumsum's accumulator; process dies with SIGSEGV (exit 139)
import numpy as np
import pandas as pd

n = 16
cat0 = pd.Categorical([np.nan] * n, categories=pd.Index([], dtype="int64"))
ci = pd.CategoricalIndex(cat0, categories=list(range(126)))   # shares cat0's int8 codes
v = ci.values
for i in range(n):
    v[i] = 125 - i                                             # codes past cat0's 0 categories
print("codes:", list(cat0.codes), flush=True)
df = pd.DataFrame({"k": cat0, "x": np.full(n, 4242.0)})
print(df.groupby("k", observed=False)["x"].cumsum())
