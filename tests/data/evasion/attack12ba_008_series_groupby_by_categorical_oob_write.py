# source: numpy ndarray.shape setter; pandas 1.5.3 SeriesGroupBy with a Categorical key: ngroups = len(categories); _libs/groupby.pyx group_mean / group_max index their outputs by the codes unchecked
# family: in-place reshape of a pandas Index's backing array (categories) -> groupby kernels write past their result buffers (Series.groupby(Categorical) form, mean/max kernels)
# goal: out-of-bounds heap write: glibc reports a corrupted heap ("malloc(): invalid size") / the process dies with SIGSEGV (exit 139)
import numpy as np
import pandas as pd

n = 64
c = pd.Categorical(np.arange(n, dtype=float), categories=np.arange(float(n)))
c.categories.values.shape = (1, n)
print("groups pandas will allocate for:", len(c.categories), "codes up to", int(c.codes.max()), flush=True)
s = pd.Series(np.full(n, 4242.0))
victims = [np.zeros(1) for _ in range(3000)]
try:
    r = s.groupby(c).mean()
    print("mean done", r.shape, flush=True)
    r = s.groupby(c).max()
    print("max done", r.shape, flush=True)
except Exception as e:
    print("after the write:", type(e).__name__, str(e), flush=True)
print("unrelated arrays changed:", sum(1 for v in victims if v[0] != 0.0), flush=True)
