# source: numpy 1.24 cumulative ufunc out= (ufunc.accumulate / np.cumsum) ignores the WRITEABLE flag; pandas keeps index codes read-only and indexes with them unchecked (pandas/_libs take_1d / groupby kernels)
# family: write into a read-only array pandas trusts via np.cumsum(out=), here a MultiIndex level's codes, then out-of-bounds read
# goal: set a MultiIndex level code to 100 (2 labels) so get_level_values/tolist read object pointers beyond the level's buffer (crash or garbage object)
import numpy as np
import pandas as pd

mi = pd.MultiIndex.from_arrays([[1000, 2000], [1, 2]])
lv = mi.codes[0]
np.cumsum(np.array([0, 100], dtype=lv.dtype), out=lv)
print("level-0 codes after:", mi.codes[0].tolist(), flush=True)
print("level values read through the codes:", np.asarray(mi.get_level_values(0)).tolist(), flush=True)
