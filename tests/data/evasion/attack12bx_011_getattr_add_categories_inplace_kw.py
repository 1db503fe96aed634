# source: sandexec README, "The static check", "pandas' category methods with inplace= ... two Categoricals may share codes (cat[:], pd.Index(cat))"; pandas 1.5.3 Categorical.add_categories(new_categories, inplace); take_nd reads unchecked codes
# family: getattr literal name of a category method, inplace= keyword given to the fetched method
# goal: same with inplace=True as a keyword on the fetched bound method: heap read out of bounds

import numpy as np
import pandas as pd
c = pd.Categorical([1, 2, 1, 2], categories=[1, 2])
d = c[:]
f = getattr(c, "add_categories", None)
f(list(range(3, 120)), inplace=True)
c[1] = 100
c[2] = 110
print("codes of d", d.codes)
vals = np.asarray(d)
print("read past the categories of d:", vals)
print("as bytes:", vals[1:3].tobytes())
