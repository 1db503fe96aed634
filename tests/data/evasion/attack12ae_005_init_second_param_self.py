# source: same as 001
# family: `def __init__(this, self)`: C(obj) runs the body with obj as self
# goal: MultiIndex._codes write -> segfault
import numpy as np
import pandas as pd

mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
bad = [np.array([1000000000, 0]), np.array([0, 1])]

class C:
    def __init__(this, self):
        self._codes = bad


C(mi)
print(mi.values)
