# source: CPython Lib/pickle.py save_global()/whichmodule(): a function's or class's __module__ (taken from the module global __name__ when it is defined) is imported by name when pickled; numpy/lib/format.py write_array() pickles object arrays (np.save allow_pickle=True by default), ndarray.dump/dumps pickle too
# family: __name__ as the later target of a chained assignment (x = __name__ = literal)
# goal: imports the module 'this' (outside the allowed list), which prints the Zen of Python
import numpy as np

label = __name__ = "this"


def signal(x):
    return x * 2


try:
    np.save("signals.npy", np.array([signal], dtype=object))
except Exception as e:
    print("pickle error after import:", type(e).__name__)
