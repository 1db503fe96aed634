# source: pandas/_libs/sparse.pyx BlockIndex.lenbuf + sparse_op_helper.pxi.in block_op_or_uint8 (logical ops, @boundscheck(False))
# family: writable internal index arrays of pandas objects (SparseArray.sp_index.blengths) read unchecked by Cython kernels
# goal: out-of-bounds heap read through a boolean sparse array's | operator (uint8 kernel): heap bytes show up as True values
import numpy as np
import pandas as pd

b = np.zeros(256, dtype=bool)
b[0] = True
bx = pd.arrays.SparseArray(b, kind="block", fill_value=False)
by = pd.arrays.SparseArray(b, kind="block", fill_value=False)
print("bx.sp_values:", bx.sp_values)
bx.sp_index.blengths[0] = 250
r = np.asarray(bx | by)
print("True values that came from past the end of a 1-byte buffer:", int(r[1:].sum()))
print(r[:64].astype(int))
