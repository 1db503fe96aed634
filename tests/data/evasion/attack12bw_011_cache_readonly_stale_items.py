# source: pandas.util.cache_readonly = pandas/_libs/properties.pyx CachedProperty.__get__ (calls fget(obj) on a plain attribute read); numpy/core/src/multiarray/array_coercion.c PyArray_AssignFromCache_Recursive (reads the list items through PySequence_Fast_ITEMS without holding references)
# family: hidden getter in a plain class (descriptor made by a library call, not @property) runs script code inside a conversion numpy calls while it holds list items without references
# goal: getter replaces the list's contents; numpy keeps reading through the stale items pointer into freed, reused memory (prints 4242 at index 1, a value never at that position when the call began)
import numpy as np
from pandas.util import cache_readonly
items = []
keep = []
def g(self):
    if not keep:
        keep.append(1)
        items.clear()
        items.extend([1337.0, 4242.0, 3.0, 4.0, 5.0, 6.0, 7.0])
    return 1.5
class P:
    x = cache_readonly(g)
    def __float__(self):
        return float(self.x)
items.extend([P() for _ in range(5)])
print("start", flush=True)
r = np.array(items, dtype=float)
print("len(items) =", len(items), "result =", r, flush=True)
