# source: CPython collections.abc Mapping.__eq__ -> dict(self.items()) iterates ChainMap.__iter__, which iterates each map: a map() object calls the script's function
# family: callback in an allowed comparison inside a conversion: 'self.m == self.m' on a ChainMap({None: 1}, map(f, [0]))
# goal: SIGSEGV during np.array(L, dtype=float)
import collections
import numpy as np
L = []
class A:
    def __init__(self, v):
        self.v = v
        self.m = collections.ChainMap({None: 1}, map(lambda k: L.clear(), [0]))
    def __float__(self):
        return 1.0 if self.m == self.m else 2.0
L.extend([A(i) for i in range(5)])
print("converting", flush=True)
print(np.array(L, dtype=float))
