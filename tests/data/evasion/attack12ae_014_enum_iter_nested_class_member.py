# source: same as 013
# family: class object via iterating the Enum (`for m in E: m.value`)
# goal: MultiIndex._codes write -> segfault
import numpy as np
import pandas as pd
import enum

mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
bad = [np.array([1000000000, 0]), np.array([0, 1])]

class E(enum.Enum):
    class Inner:
        def setc(self):
            self._codes = bad
            return 1


for m in E:
    m.value.setc(mi)
print(mi.values)
