# source: pandas 1.5.3 pandas/core/series.py Series.__init__ (6th positional fastpath skips the length check); DataFrame.__setitem__ with an identical index does not reindex, and BlockManager.insert checks no length for a 1-D extension array; pandas/_libs/groupby.pyx group_any_all reads values/mask over len(labels)
# family: refused keyword (fastpath) reached by position in pd.Series; the too-short extension array carried into a DataFrame column, then a DataFrame groupby kernel reads past it
# goal: out-of-bounds read: thousands of rows computed from heap bytes past a 2-element boolean array are printed (NA where a foreign byte was nonzero)
import numpy as np
import pandas as pd

n = 4096
idx = pd.RangeIndex(n)
vals = pd.array([False, False], dtype="boolean")
s = pd.Series(vals, idx, None, None, False, True)
df = pd.DataFrame(index=idx)
df["flag"] = s
print("len(df) =", len(df), " len(df['flag'].array) =", len(df["flag"].array), flush=True)
r = df.groupby(np.arange(n)).any(skipna=False)["flag"]
na = r.isna().to_numpy()
print("rows past the end read as NA (nonzero mask byte):", int(na[2:].sum()), "of", n - 2)
