# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray.view (inherited by Categorical) returns self._ndarray.view(dtype): a writable view of the codes that Categorical.codes hands out read-only; take_nd (pandas/_libs/algos_take_helper) then indexes the categories with them unchecked
# family: writable view of Categorical codes via Series.array.view(np.int8) (scalar type, the type branch)
# goal: read heap memory beyond the categories array through the Series' values
import numpy as np
import pandas as pd

s = pd.Series([1, 2, 3], dtype="category")
w = s.array.view(np.int8)
w[0] = 100
w[1] = -20
print(s.to_numpy())
print([hex(int(v)) for v in s.to_numpy()])
