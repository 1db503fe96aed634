# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__ -> recode_for_categories(..., copy=copy): "if len(old_categories) == 0: ... if copy: return codes.copy(); return codes" (codes shared as-is)
# family: copy=False categorical constructor shares codes of a 0-category categorical; writes through the larger one give it codes past its categories (unchecked take = out-of-bounds heap read)
# goal: the 0-category reader is a category Series; the sharing chain goes through pd.CategoricalIndex(s, categories=..., copy=False) and then pd.Categorical(idx, categories=idx.categories, copy=False) (the equal-categories branch, also copy-free)
import numpy as np
import pandas as pd

s = pd.Series(pd.Categorical([None, None, None, None], categories=pd.Index([], dtype="int64")))
big = pd.CategoricalIndex(s, categories=[f"x{i}" for i in range(120)], copy=False)
w = pd.Categorical(big, categories=big.categories, copy=False)
w[0] = "x3"
w[1] = "x10"
w[2] = "x40"
w[3] = "x119"
print("codes of a 0-category Series:", s.cat.codes.tolist())
print("values read past its categories:", [hex(v) for v in s.to_numpy()])
