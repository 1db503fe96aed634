# source: PEP 634; sandexec README, "The static check", (pd.Categorical's fifth positional fastpath: unchecked codes read the heap; Categorical as a value refused)
# family: match statements: a library class as the match subject, bound by case _ as K -> fastpath by position
# goal: reads heap memory past the categories through unchecked codes
import numpy as np
import pandas as pd

match pd.Categorical:
    case _ as K:
        pass

print("class:", K)
codes = np.array([0, 1, 50, 90, 120], dtype=np.int8)
cat = K(codes, pd.Index(np.arange(2, dtype=np.int64)), False, None, True)
print("codes:", cat.codes)
print("values read past the two categories:", np.asarray(cat))
