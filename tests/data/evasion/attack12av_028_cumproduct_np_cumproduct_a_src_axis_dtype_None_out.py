# source: numpy 1.24 numpy/core/fromnumeric.py cumproduct (deprecated alias of cumprod, exported as numpy.cumproduct) -> multiply.accumulate(out=...) which numpy 1.24 lets write arrays flagged read-only
# family: numpy running-total writer under its alias name writes a Categorical's read-only codes (call-form variant) -> out-of-bounds read past the categories
# goal: np.cumproduct(a=src, axis=0, dtype=None, out=tgt) (all keywords) writes codes 3, 9, 27 into a 2-category Categorical; np.asarray reads heap words past the categories
import numpy as np
import pandas as pd
import functools
from numpy import cumproduct
from numpy import cumproduct as running_product

cat = pd.Categorical(["a", "b", "a", "b"], categories=pd.Index([10, 20], dtype="int64"))
tgt = cat.codes
src = np.array([3, 3, 3, 1], dtype=tgt.dtype)
np.cumproduct(a=src, axis=0, dtype=None, out=tgt)
print("codes", cat.codes, "values", [hex(v) for v in np.asarray(cat)])
