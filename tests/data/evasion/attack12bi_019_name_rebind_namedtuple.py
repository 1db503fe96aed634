# source: CPython Lib/pickle.py save_global()/whichmodule(): a function's or class's __module__ (taken from the module global __name__ when it is defined) is imported by name when pickled; numpy/lib/format.py write_array() pickles object arrays (np.save allow_pickle=True by default), ndarray.dump/dumps pickle too
# family: collections.namedtuple takes its __module__ from the caller's __name__; pickling an instance imports it
# goal: imports the module 'this' (outside the allowed list), which prints the Zen of Python
import collections
import numpy as np

__name__ = "this"

Bar = collections.namedtuple("Bar", ["open_", "close"])

bars = np.empty(1, dtype=object)
bars[0] = Bar(1.0, 2.0)
try:
    np.save("bars.npy", bars)
except Exception as e:
    print("pickle error after import:", type(e).__name__)
