# source: CPython Lib/pickle.py save_global()/whichmodule(): a function's or class's __module__ (taken from the module global __name__ when it is defined) is imported by name when pickled; numpy/lib/format.py write_array() pickles object arrays (np.save allow_pickle=True by default), ndarray.dump/dumps pickle too
# family: typing.NewType takes its __module__ from the caller's __name__; pickling the NewType imports that module
# goal: imports the module 'this' (outside the allowed list), which prints the Zen of Python
import typing
import numpy as np

__name__ = "this"

Price = typing.NewType("Price", float)

try:
    np.save("types.npy", np.array([Price], dtype=object))
except Exception as e:
    print("pickle error after import:", type(e).__name__)
