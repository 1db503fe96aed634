# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__ -> recode_for_categories(codes, old, new, copy=copy): "if len(old_categories) == 0: ... if copy: return codes.copy(); return codes"
# family: copy=False categorical constructor shares the codes of a 0-category categorical; writes through the one with categories leave the 0-category one with codes past its categories (unchecked take: out-of-bounds heap read)
# goal: pd.array(empty, dtype=CategoricalDtype(cats), copy=False) (-> Categorical._from_sequence(copy=False)) shares codes; heap words read past a 0-length categories array
import numpy as np
import pandas as pd

empty = pd.Categorical([None, None, None, None], categories=pd.Index([], dtype="int64"))
cats = [f"x{i}" for i in range(120)]
big = pd.array(empty, dtype=pd.CategoricalDtype(cats), copy=False)
big[0] = "x3"
big[1] = "x10"
big[2] = "x40"
big[3] = "x119"
print("codes of a 0-category Categorical:", empty.codes)
print("values read past its categories:", [hex(v) for v in np.asarray(empty)])
