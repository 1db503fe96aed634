# source: pyjail class-object aliasing
# family: nested class taken as a value through its outer class (`K = Outer.Inner`); only bare names are tracked
# goal: K.setc(mi) -> MultiIndex._codes write -> segfault
import numpy as np
import pandas as pd
import enum

mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
bad = [np.array([1000000000, 0]), np.array([0, 1])]

class Outer:
    class Inner:
        def setc(self):
            self._codes = bad
            return 1


K = Outer.Inner
K.setc(mi)
print(mi.values)
