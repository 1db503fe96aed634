# source: sandexec README, "The static check", "pandas' category methods with inplace= ... two Categoricals may share codes (cat[:], pd.Index(cat))"; pandas 1.5.3 Categorical.set_categories(new, ordered, rename, inplace) / add_categories; take_nd reads unchecked codes
# family: getattr literal name of a category method judged by its inplace argument (set_categories, rename=True keeps the shared codes)
# goal: getattr(c, "set_categories", None)(bigger, False, True, True) grows c in place; a write to c lands in codes d shares: heap read out of bounds

import numpy as np
import pandas as pd
c = pd.Categorical([1, 2, 1, 2], categories=[1, 2])
d = c[:]
f = getattr(c, "set_categories", None)
f(list(range(1, 120)), False, True, True)
c[1] = 100
c[2] = 110
print("codes of d", d.codes)
vals = np.asarray(d)
print("read past the categories of d:", vals)
print("as bytes:", vals[1:3].tobytes())
