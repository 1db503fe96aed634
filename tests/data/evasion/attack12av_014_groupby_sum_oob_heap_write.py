# source: pandas 1.5.3 Categorical.__init__/recode_for_categories (copy=False shares codes of a 0-category categorical) + Categorical.add_categories (copies the out-of-range codes) + pandas/_libs/groupby.pyx group_sum (boundscheck=False, writes out[lab, j] for lab < ngroups assumed)
# family: codes past the categories, written through a copy=False sibling, used as group labels: groupby kernels write rows past their output array (heap out-of-bounds write)
# goal: df.groupby(cat, observed=False).sum() over 100 columns with 1 category and codes 125 writes 800-byte rows ~100 KB past the 800-byte output array: the process dies of the heap corruption (SIGSEGV exit 139, or glibc abort 'corrupted size vs. prev_size' in other runs)
import numpy as np
import pandas as pd

empty = pd.Categorical([None] * 8, categories=pd.Index([], dtype="int64"))
big = pd.Categorical(empty, categories=[f"x{i}" for i in range(126)], copy=False)
big[:] = ["x125"] * 8
one = empty.add_categories([7])
print("codes:", one.codes, "categories:", list(one.categories), flush=True)
victim = np.zeros(8 * 1024 * 1024)
df = pd.DataFrame(np.full((8, 100), 4.0e4))
r = df.groupby(one, observed=False).sum()
hit = np.flatnonzero(victim)
print("script array that nothing wrote to: nonzero elements", hit.size, "first at", hit[:3], "values", victim[hit[:3]])
