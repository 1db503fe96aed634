# source: Python 3.11 enum: a class nested in an Enum body becomes a member (DeprecationWarning)
# family: class object via Enum member .value
# goal: E.Inner.value.setc(mi) -> MultiIndex._codes write -> segfault
import numpy as np
import pandas as pd
import enum

mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
bad = [np.array([1000000000, 0]), np.array([0, 1])]

class E(enum.Enum):
    A = 1

    class Inner:
        def setc(self):
            self._codes = bad
            return 1


E.Inner.value.setc(mi)
print(mi.values)
