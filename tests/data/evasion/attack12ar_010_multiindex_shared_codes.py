# source: pandas 1.5.3 factorize_from_iterable (pandas/core/arrays/categorical.py) hands a Categorical's own codes (values.codes, a read-only view of _codes) to MultiIndex as its level codes; set_levels keeps them; Categorical.view(dtype) writes them; MultiIndex._get_level_values uses take_nd unchecked
# family: writable view of Categorical codes via .view(dtype), aliased as a MultiIndex's (read-only, trusted) codes
# goal: read heap memory beyond a MultiIndex level through get_level_values / .values
import numpy as np
import pandas as pd

cat = pd.Categorical([0, 1, 2], categories=[0, 1, 2])
mi = pd.MultiIndex.from_arrays([cat, [7, 8, 9]])
mi = mi.set_levels([10, 11, 12], level=0)
w = cat.view("int8")
w[0] = 100
w[1] = -20
print("MultiIndex codes:", mi.codes[0])
print(mi.get_level_values(0).to_numpy())
print([(hex(int(a)), b) for a, b in mi.values])
