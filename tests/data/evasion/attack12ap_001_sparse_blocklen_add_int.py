# source: pandas/_libs/sparse.pyx BlockIndex (blengths kept as a writable public ndarray, lenbuf points at it) + sparse_op_helper.pxi.in block_op_* (@boundscheck(False))
# family: writable internal index arrays of pandas objects (SparseArray.sp_index.blengths) read unchecked by Cython kernels
# goal: out-of-bounds heap read: x + y walks x's 1-element sp_values for 48 elements and returns heap words (pointers) as data
import numpy as np
import pandas as pd

a = np.zeros(64, dtype=np.int64)
a[0] = 1
x = pd.arrays.SparseArray(a, kind="block", fill_value=0)
y = pd.arrays.SparseArray(a, kind="block", fill_value=0)
print("sp_values of x has", len(x.sp_values), "element(s)")
x.sp_index.blengths[0] = 48
r = np.asarray(x + y)
print("words read past the end of x.sp_values:")
print([hex(int(v)) for v in r[1:48]])
