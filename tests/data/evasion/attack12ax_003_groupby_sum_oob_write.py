# source: pandas 1.5.3 recode_for_categories (empty old categories: codes returned uncopied) + CategoricalIndex(copy=False default); groupby Grouping._codes_and_uniques (observed=False: ngroups=len(categories), codes used as is) and _libs/groupby.pyx group_sum (boundscheck off)
# family: shared codes / separate categories metadata, then groupby kernels trusting the codes as row numbers
# goal: out-of-bounds heap WRITE: group_sum writes sums at rows 110..125 of a 0-row output; glibc aborts with heap corruption
import numpy as np
import pandas as pd

n = 16
cat0 = pd.Categorical([np.nan] * n, categories=pd.Index([], dtype="int64"))
ci = pd.CategoricalIndex(cat0, categories=list(range(126)))   # shares cat0's int8 codes
v = ci.values
for i in range(n):
    v[i] = 125 - i                                             # codes past cat0's 0 categories
print("codes:", list(cat0.codes), flush=True)
df = pd.DataFrame({"k": cat0, "x": np.full(n, 4242.0)})
r = df.groupby("k", observed=False)["x"].sum()
print("groupby sum done:", r)
