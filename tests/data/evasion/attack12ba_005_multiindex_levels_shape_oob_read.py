# source: numpy ndarray.shape setter; pandas 1.5.3 MultiIndex.get_level_values -> algos.take_nd(lev._values, level_codes) without bounds checks
# family: in-place reshape of a pandas Index's backing array, on a MultiIndex level (codes validated at construction)
# goal: out-of-bounds heap read past the level's buffer
import numpy as np
import pandas as pd

mi = pd.MultiIndex.from_arrays([[3.0, 0.0, 2.0, 1.0], ["a", "b", "c", "d"]])
mi.levels[0].values.shape = (1, 4)
print("len(levels[0]) now", len(mi.levels[0]), "codes", mi.codes[0].tolist(), flush=True)
out = mi.get_level_values(0).to_numpy()
for code, row in zip(mi.codes[0].tolist(), out):
    print("code", code, "row ->", row.tolist(), flush=True)
