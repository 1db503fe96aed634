# source: CPython copy._reconstruct slotstate setattr + object.__getstate__/copyreg._slotnames reading a base class's __slots__ computed at run time in its body; a __new__ choosing the copy target; functools.singledispatch.register -> typing.get_type_hints; trigger: pandas json_normalize(max_level=..) -> nested_to_record -> copy.deepcopy
# family: deepcopy protocol setattr-by-runtime-name through a pandas-only trigger + annotation eval via register(pd.to_numeric)
# goal: imports the module this

import functools
import pandas as pd

u = chr(95) * 2


def slot_names():
    return [u + "annotations" + u]


def payload():
    return u + "import" + u + "('this')"


class Base:
    __slots__ = slot_names()


class Carrier(Base):
    x: payload()
    made = []

    def __new__(cls):
        if cls.made:
            return pd.to_numeric
        cls.made.append(1)
        return super().__new__(cls)


pd.json_normalize({"a": {"b": Carrier()}}, max_level=5)


@functools.singledispatch
def f(v):
    return v


try:
    f.register(pd.to_numeric)
except Exception as e:
    print("register:", type(e).__name__, e)
