# source: same as 001 (sandexec README, "The static check",: self trusted as the method's object)
# family: `self` as the second parameter of a @classmethod
# goal: MultiIndex._codes write -> segfault
import numpy as np
import pandas as pd

mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
bad = [np.array([1000000000, 0]), np.array([0, 1])]

class C:
    @classmethod
    def setc(cls, self):
        self._codes = bad
        return 1


C.setc(mi)
print(mi.values)
