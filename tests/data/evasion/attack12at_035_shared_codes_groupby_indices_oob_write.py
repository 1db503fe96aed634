# source: pandas 1.5.3 groupby/grouper.py Grouping.indices -> Categorical._reverse_indexer -> _libs/algos.pyx groupsort_indexer (counts[index[i]+1] += 1 unchecked); codes shared via cat[:] and grown with add_categories(inplace=True)
# family: shared Categorical codes -> groupsort_indexer out-of-bounds increment/write
# goal: s.groupby(peek).indices increments words of other numpy arrays (victims change)
import numpy as np
import pandas as pd

n = 130                            # int16 codes; kernel buffers are n*8 = 1040 bytes
cat = pd.Categorical([0] * 8, categories=list(range(n)))
peek = cat[:]                      # shares cat's codes, keeps n categories
victims = [np.zeros(n) for _ in range(200)]
for k in range(180, 100, -2):
    victims[k] = None              # holes between live victims
cat.add_categories(list(range(n, n + 10)), inplace=True)
cat[:] = [n + 2] * 8               # one chunk (1056 bytes = 132 words) past a buffer
s = pd.Series([4242.0] * 8)
r = s.groupby(peek).indices
print("indices:", len(r))
changed = [(k, v[:2].tolist()) for k, v in enumerate(victims) if v is not None and v.any()]
print("victim arrays written by the kernel:", changed)
