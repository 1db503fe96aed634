# source: pandas.util.cache_readonly = pandas/_libs/properties.pyx CachedProperty.__get__ (calls fget(obj) on a plain attribute read); numpy/core/src/multiarray/array_coercion.c PyArray_AssignFromCache_Recursive (reads the list items through PySequence_Fast_ITEMS without holding references)
# family: hidden getter in a plain class (descriptor made by a library call, not @property) runs script code inside a conversion numpy calls while it holds list items without references (2-D rows: np.array([row, ...], dtype=float))
# goal: a row cleared while numpy fills it; segfault
import numpy as np
from pandas.util import cache_readonly
row = []
def g(self):
    row.clear()
    return 1.5
class P:
    x = cache_readonly(g)
    def __float__(self):
        return float(self.x)
row.extend([P() for _ in range(5)])
rows = [row, [1.0, 2.0, 3.0, 4.0, 5.0]]
print("start", flush=True)
print(np.array(rows, dtype=float))
