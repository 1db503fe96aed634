# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__ -> recode_for_categories(..., copy=copy): "if len(old_categories) == 0: ... if copy: return codes.copy(); return codes" (codes shared as-is)
# family: copy=False categorical constructor shares codes of a 0-category categorical; writes through the larger one give it codes past its categories (unchecked take = out-of-bounds heap read)
# goal: same door through dtype=pd.CategoricalDtype(...) instead of categories=: heap words read past a 0-length categories array
import numpy as np
import pandas as pd

empty = pd.Categorical([None, None, None, None], categories=pd.Index([], dtype="int64"))
big = pd.Categorical(empty, dtype=pd.CategoricalDtype([f"x{i}" for i in range(120)]), copy=False)
big[0] = "x3"
big[1] = "x10"
big[2] = "x40"
big[3] = "x119"
print("codes of a 0-category Categorical:", empty.codes)
print("values read past its categories:", [hex(v) for v in np.asarray(empty)])
