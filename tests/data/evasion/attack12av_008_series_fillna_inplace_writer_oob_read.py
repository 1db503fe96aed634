# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__ -> recode_for_categories(codes, old, new, copy=copy): "if len(old_categories) == 0: ... if copy: return codes.copy(); return codes"
# family: copy=False categorical constructor shares the codes of a 0-category categorical; writes through the one with categories leave the 0-category one with codes past its categories (unchecked take: out-of-bounds heap read)
# goal: writer is Series.fillna(value, inplace=True) on a Series over the sharing Categorical: all codes of the 0-category one become 119; heap read
import numpy as np
import pandas as pd

empty = pd.Categorical([None, None, None, None], categories=pd.Index([], dtype="int64"))
sb = pd.Series(pd.Categorical(empty, categories=[f"x{i}" for i in range(120)], copy=False))
sb.fillna("x119", inplace=True)
print("codes of a 0-category Categorical:", empty.codes)
print("values read past its categories:", [hex(v) for v in np.asarray(empty)])
