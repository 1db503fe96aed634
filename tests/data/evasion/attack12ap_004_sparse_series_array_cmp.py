# source: pandas/_libs/sparse.pyx BlockIndex.lenbuf + sparse_op_helper.pxi.in block_op_gt_int64; Series.array hands out the SparseArray
# family: writable internal index arrays of pandas objects (Series.array.sp_index.blengths) read unchecked by Cython kernels
# goal: out-of-bounds heap read through a Series of Sparse dtype and a comparison (>): heap words compared against 0 as data
import numpy as np
import pandas as pd

v = np.zeros(512, dtype=np.int64)
v[3] = 7
s1 = pd.Series(pd.arrays.SparseArray(v, kind="block", fill_value=0))
s2 = pd.Series(pd.arrays.SparseArray(v, kind="block", fill_value=0))
print("stored values:", s1.array.sp_values)
s1.array.sp_index.blengths[0] = 500
res = np.asarray(s1.array > s2.array)
print("elements > 0 read from past the 1-element buffer:", int(res[4:].sum()), "of", len(res) - 4)
