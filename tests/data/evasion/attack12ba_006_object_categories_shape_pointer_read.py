# source: numpy ndarray.shape setter; pandas 1.5.3 Categorical.__array__ -> take_nd (object take, no bounds check)
# family: in-place reshape of a pandas Index's backing array, object dtype: words past the buffer are taken as PyObject pointers
# goal: reads heap words past the object array as object pointers (INCREF/repr of forged pointers -> SIGSEGV, exit 139)
import numpy as np
import pandas as pd

c = pd.Categorical(["d", "a"], categories=["a", "b", "c", "d"])
v = c.categories.values
v.shape = (1, 4)
print("len(categories) now", len(c.categories), "codes", c.codes.tolist(), flush=True)
print("taking code 3 as a row of object pointers (words past the 32-byte buffer)", flush=True)
print(repr(np.asarray(c)[0, :]), flush=True)
