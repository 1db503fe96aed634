# source: pandas/core/accessor.py register_*_accessor / CachedAccessor.__get__ (a plain attribute read obj.boom runs the accessor class __init__); numpy/core/src/multiarray/array_coercion.c PyArray_AssignFromCache_Recursive (list items read without references)
# family: library accessor descriptor: an attribute read inside a conversion runs script code (accessor __init__) while numpy holds list items without references (register_index_accessor)
# goal: same via an Index accessor; segfault
import numpy as np
import pandas as pd
items = []
@pd.api.extensions.register_index_accessor("boom")
class Acc:
    def __init__(self, obj):
        items.clear()
        self.v = 1.5
class P:
    def __init__(self):
        self.s = pd.Index([1.0])
    def __float__(self):
        return float(self.s.boom.v)
items.extend([P() for _ in range(5)])
print("start", flush=True)
print(np.array(items, dtype=float))
