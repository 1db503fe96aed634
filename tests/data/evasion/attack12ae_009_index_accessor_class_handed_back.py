# source: same as 008
# family: register_index_accessor variant: pd.Index.<accessor> is the script's class
# goal: MultiIndex._codes write -> segfault
import numpy as np
import pandas as pd
import typing

mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
bad = [np.array([1000000000, 0]), np.array([0, 1])]
T = typing.TypeVar("T")

@pd.api.extensions.register_index_accessor("geo")
class C:
    def __init__(self, obj):
        self.obj2 = obj

    def setc(self):
        self._codes = bad
        return 1


pd.Index.geo.setc(mi)
print(mi.values)
