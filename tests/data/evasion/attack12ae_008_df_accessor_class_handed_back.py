# source: pandas docs: register_dataframe_accessor; CachedAccessor.__get__(None, cls) returns the accessor class
# family: class object handed back by a library: pd.DataFrame.<accessor> is the script's class
# goal: C.setc(mi) with MultiIndex as self -> segfault
import numpy as np
import pandas as pd
import typing

mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
bad = [np.array([1000000000, 0]), np.array([0, 1])]
T = typing.TypeVar("T")

@pd.api.extensions.register_dataframe_accessor("geo")
class C:
    def __init__(self, obj):
        self.obj2 = obj

    def setc(self):
        self._codes = bad
        return 1


pd.DataFrame.geo.setc(mi)
print(mi.values)
