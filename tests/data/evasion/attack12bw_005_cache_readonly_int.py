# source: pandas.util.cache_readonly = pandas/_libs/properties.pyx CachedProperty.__get__ (calls fget(obj) on a plain attribute read); numpy/core/src/multiarray/array_coercion.c PyArray_AssignFromCache_Recursive (reads the list items through PySequence_Fast_ITEMS without holding references)
# family: hidden getter in a plain class (descriptor made by a library call, not @property) runs script code inside a conversion numpy calls while it holds list items without references (__int__, dtype=int64)
# goal: use after free through __int__; segfault
import numpy as np
import pandas as pd
items = []
def g(self):
    items.clear()
    return 3
class P:
    x = pd.util.cache_readonly(g)
    def __int__(self):
        return int(self.x)
items.extend([P() for _ in range(5)])
print("start", flush=True)
print(np.array(items, dtype=np.int64))
