# source: numpy ndarray.shape setter; pandas 1.5.3 CategoricalIndex -> Categorical.__array__ -> take_nd without bounds checks
# family: in-place reshape of a pandas Index's backing array, on a CategoricalIndex built with copy=True
# goal: out-of-bounds heap read past the categories buffer
import numpy as np
import pandas as pd

ci = pd.CategoricalIndex([3.0, 0.0], categories=[0.0, 1.0, 2.0, 3.0], copy=True)
ci.categories.values.shape = (1, 4)
print("len(categories) now", len(ci.categories), flush=True)
out = ci.to_numpy()
print("row for code 3 (only 4 floats = 32 bytes exist; anything but 0..3 came from past the buffer) ->", out[0].tolist(), out[0].tobytes().hex(), flush=True)
