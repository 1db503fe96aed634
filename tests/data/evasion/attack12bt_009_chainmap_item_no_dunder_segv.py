# source: numpy array_coercion.c discovery calls PySequence_Size (len) on every list item that is a sequence: a ChainMap item is one; ChainMap.__len__ iterates a map() object
# family: no script dunder at all: a library object (ChainMap) placed in the list runs script code from numpy's discovery loop
# goal: SIGSEGV during np.array(L, dtype=object)
import collections
import numpy as np
L = []
print("converting", flush=True)
L.extend([collections.ChainMap(map(lambda k: L.clear(), [0]))] + [1.5, 2.5, 3.5, 4.5] * 4)
a = np.array(L, dtype=object)
print(a)
