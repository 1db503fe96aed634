# source: same as 001, `cls` variant
# family: `cls` as the second parameter of an instance method (cls._x trusted)
# goal: MultiIndex._codes write -> segfault
import numpy as np
import pandas as pd

mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
bad = [np.array([1000000000, 0]), np.array([0, 1])]

class C:
    def setc(self, cls):
        cls._codes = bad
        return 1


C().setc(mi)
print(mi.values)
