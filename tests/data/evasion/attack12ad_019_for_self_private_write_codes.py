# source: pandas MultiIndex (codes indexed into the levels without a bound check once verified);
#         Python language reference 8.3 (the for target is bound like an assignment)
# family: self rebound by a for target, then a private write the check took for the class's own
# goal: a MultiIndex's codes replaced after pandas checked them (code 100 of 2 levels reaches the take; the
#       same write through a class object segfaults, attack12ad_018)
import numpy as np
import pandas as pd
class C:
    def __init__(self):
        self._codes = None
    def put(self, mi, v):
        for self in [mi]:
            self._codes = v
mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
C().put(mi, [np.array([100, 0], dtype=np.int8), np.array([0, 1], dtype=np.int8)])
print(list(mi))
