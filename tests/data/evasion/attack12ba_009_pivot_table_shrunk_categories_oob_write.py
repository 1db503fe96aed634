# source: numpy ndarray.shape setter; pandas 1.5.3 DataFrame.pivot_table -> groupby(...).agg("sum") on a categorical key (ngroups = len(categories), codes as unchecked row numbers in _libs/groupby.pyx)
# family: in-place reshape of a pandas Index's backing array (categories) -> groupby kernels write past their result buffers, reached through pivot_table
# goal: out-of-bounds heap write: glibc aborts on corrupted heap metadata ("free(): invalid next size") / SIGSEGV (exit 139)
import numpy as np
import pandas as pd

n = 64
c = pd.Categorical(np.arange(n, dtype=float), categories=np.arange(float(n)))
c.categories.values.shape = (1, n)
print("groups pandas will allocate for:", len(c.categories), "codes up to", int(c.codes.max()), flush=True)
df = pd.DataFrame({"k": c, "x": np.full(n, 4242.0)})
try:
    r = df.pivot_table(index="k", values="x", aggfunc="sum")
    print("pivot", r.shape, flush=True)
except Exception as e:
    print("after the write:", type(e).__name__, str(e), flush=True)
print("still alive", flush=True)
