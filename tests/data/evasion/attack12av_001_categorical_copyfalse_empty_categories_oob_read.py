# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__ -> recode_for_categories(..., copy=copy): "if len(old_categories) == 0: ... if copy: return codes.copy(); return codes" (codes shared as-is)
# family: copy=False categorical constructor shares codes of a 0-category categorical; writes through the larger one give it codes past its categories (unchecked take = out-of-bounds heap read)
# goal: pd.Categorical(empty, categories=..., copy=False); setitem on the copy writes codes 3..119 into a 0-category Categorical; np.asarray reads heap words past its (empty) categories array
import numpy as np
import pandas as pd

c1 = pd.Categorical([None, None, None, None], categories=pd.Index([], dtype="int64"))
print(c1.categories, c1.codes)
cats = [f"x{i}" for i in range(120)]
c2 = pd.Categorical(c1, categories=cats, copy=False)
print(np.shares_memory(c1.codes, c2.codes))
c2[0] = "x3"
c2[1] = "x10"
c2[2] = "x40"
c2[3] = "x119"
print(c1.codes)
print([hex(v) for v in np.asarray(c1)])
