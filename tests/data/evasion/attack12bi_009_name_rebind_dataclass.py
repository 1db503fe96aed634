# source: CPython Lib/pickle.py save_global()/whichmodule(): a function's or class's __module__ (taken from the module global __name__ when it is defined) is imported by name when pickled; numpy/lib/format.py write_array() pickles object arrays (np.save allow_pickle=True by default), ndarray.dump/dumps pickle too
# family: module global __name__ rebound; pickling a dataclass instance
# goal: imports the module 'this' (outside the allowed list), which prints the Zen of Python
from dataclasses import dataclass
import numpy as np

__name__ = "this"


@dataclass
class Trade:
    qty: int = 0
    price: float = 0.0


try:
    np.save("trades.npy", np.array([Trade(1, 2.0)], dtype=object))
except Exception as e:
    print("pickle error after import:", type(e).__name__)
