# source: CPython Lib/pickle.py save_global()/whichmodule(): a function's or class's __module__ (taken from the module global __name__ when it is defined) is imported by name when pickled; numpy/lib/format.py write_array() pickles object arrays (np.save allow_pickle=True by default), ndarray.dump/dumps pickle too
# family: module global __name__ rebound; a DataFrame object column saved with np.save
# goal: imports the module 'this' (outside the allowed list), which prints the Zen of Python
import numpy as np
import pandas as pd

__name__ = "this"


def rule(x):
    return x > 0


df = pd.DataFrame({"name": ["r1"], "rule": [rule]})
try:
    np.save("rules.npy", df.to_numpy())
except Exception as e:
    print("pickle error after import:", type(e).__name__)
