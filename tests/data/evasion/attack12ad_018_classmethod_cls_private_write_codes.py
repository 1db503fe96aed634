# source: pandas MultiIndex (_codes indexed into the levels unchecked once verified);
#         Python docs, classmethod (the class passed as the implicit first argument)
# family: a class object handed back by a classmethod, its method run on a MultiIndex as self: a private write
# goal: a MultiIndex's codes replaced after pandas checked them: reads outside its levels (SIGSEGV in the image)
import numpy as np
import pandas as pd
class C:
    def __init__(self):
        self._ndarray = None
        self._codes = None
    def put(self, v):
        self._ndarray = v
    @classmethod
    def make(cls):
        return cls
cat = pd.Categorical(["a", "b", "a"])
K = C.make()
try:
    K.put(cat, np.array([5000, 1, 0], dtype=np.int8))
    print("set")
    print(list(cat))
except Exception as e:
    print("err", type(e).__name__, e)
mi = pd.MultiIndex.from_arrays([["a", "b"], [1, 2]])
class D:
    def __init__(self):
        self._codes = None
    def put(self, v):
        self._codes = v
    @classmethod
    def make(cls):
        return cls
try:
    D.make().put(mi, [np.array([100, 0], dtype=np.int8), np.array([0, 1], dtype=np.int8)])
    print(list(mi))
except Exception as e:
    print("err2", type(e).__name__, e)
