# source: numpy 1.24 np.cumproduct (alias of cumprod: multiply.accumulate with out= writes read-only arrays) + pandas/_libs/groupby.pyx group_sum (boundscheck=False, labels assumed < ngroups)
# family: numpy running-total writer under its alias name writes a Categorical's read-only codes, then a groupby kernel writes rows at those labels (heap out-of-bounds write)
# goal: codes 125 on a 2-category Categorical; groupby sum over 4000 columns writes 32 KB rows ~4 MB past its 64 KB output array: SIGSEGV (exit 139) before "groupby returned" prints
import numpy as np
import pandas as pd

cat = pd.Categorical(["a", "b"] * 4)
codes = cat.codes
np.cumproduct(np.array([125, 1, 1, 1, 1, 1, 1, 1], dtype=codes.dtype), out=codes)
print("categories:", list(cat.categories), "codes:", cat.codes, flush=True)
df = pd.DataFrame(np.full((8, 4000), 4.0e4))
r = df.groupby(cat, observed=False).sum()
print("groupby returned", r.shape, flush=True)
out = [np.zeros(100) for _ in range(2000)]
print("survived")
