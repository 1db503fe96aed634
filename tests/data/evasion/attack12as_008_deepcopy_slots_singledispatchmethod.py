# source: CPython copy._reconstruct (slotstate -> setattr(y, key, value)), object.__getstate__ + copyreg._slotnames reading cls.__slots__ at run time, a __new__ choosing the copy target; functools.singledispatchmethod.register (bound form) -> typing.get_type_hints evaluating string annotations; trigger: dataclasses.asdict -> copy.deepcopy(field value)
# family: deepcopy protocol setattr-by-runtime-name + annotation eval via singledispatchmethod register(module function)
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
            return pd.isna
        cls.made.append(1)
        return super().__new__(cls)


Carrier.__slots__ = [u + "annotations" + u]
box = Carrier()

@dataclasses.dataclass
class Holder:
    item: object


try:
    dataclasses.asdict(Holder(box))
except Exception as e:
    print("after copy:", type(e).__name__, e)


class Disp:
    @functools.singledispatchmethod
    def handle(self, v):
        return v


try:
    Disp().handle.register(pd.isna)
except Exception as e:
    print("register:", type(e).__name__, e)
