# source: CPython Lib/collections/__init__.py ChainMap.__len__ (len(set().union(*self.maps))) iterates its maps, a map() object calls a function; numpy array_coercion.c PyArray_AssignFromCache_Recursive reads list items via PySequence_Fast_GET_ITEM with the length it read once; generator expressions are lazy: ChainMap((L.clear() for k in [0]))
# family: callback smuggled into an allowed conversion: len() of a collections.ChainMap whose map is a lazy map()/generator calling script code inside numpy's list->array loop (use-after-free) (variant: generator expression instead of map+lambda)
# goal: SIGSEGV during np.array(L, dtype=float)
import collections
import numpy as np
L = []
class A:
    def __init__(self, v):
        self.v = v
        self.m = collections.ChainMap((L.clear() for k in [0]))
    def __float__(self):
        return float(len(self.m))
L.extend([A(i) for i in range(5)])
print("converting", flush=True)
print(np.array(L, dtype=float))
