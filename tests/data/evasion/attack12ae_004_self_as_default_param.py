# source: same as 001
# family: `self` as a later parameter with a default (`def m(this, x, self=None)`)
# goal: MultiIndex._codes write -> segfault
import numpy as np
import pandas as pd

mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
bad = [np.array([1000000000, 0]), np.array([0, 1])]

class C:
    def setc(this, x, self=None):
        self._codes = bad
        return x


C().setc(1, mi)
print(mi.values)
