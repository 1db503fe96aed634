# source: CPython Lib/collections/__init__.py ChainMap.__len__ (len(set().union(*self.maps))) iterates its maps, a map() object calls a function; numpy array_coercion.c PyArray_AssignFromCache_Recursive reads list items via PySequence_Fast_GET_ITEM with the length it read once
# family: callback smuggled into an allowed conversion: len() of a collections.ChainMap whose map is a lazy map()/generator calling script code inside numpy's list->array loop (use-after-free) (variant: __str__ with str(len(...)) during np.array(L, dtype='U8'))
# goal: SIGSEGV during string conversion
import collections
import numpy as np
L = []
class A:
    def __init__(self, v):
        self.v = v
        self.m = collections.ChainMap(map(lambda k: L.clear(), [0]))
    def __str__(self):
        return str(len(self.m))
L.extend([A(i) for i in range(5)])
print("converting", flush=True)
print(np.array(L, dtype="U8"))
