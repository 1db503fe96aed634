# source: CPython copy._reconstruct (slotstate -> setattr(y, key, value)) and object.__getstate__/copyreg._slotnames reading cls.__slots__ at run time; argparse._copy_items (copy.copy of an append default); functools.singledispatch.register -> typing.get_type_hints evaluating string annotations
# family: copy protocol as setattr-by-runtime-name (runtime __slots__ + __new__ choosing the copy target) + annotation eval through register(module function)
# goal: imports the module `this` (Zen of Python) via __import__ evaluated by typing
import argparse
import functools
import numpy as np

u = chr(95) * 2


def payload():
    return u + "import" + u + "('this')"


class Carrier:
    x: payload()
    made = []

    def __new__(cls):
        if cls.made:
            return np.mean
        cls.made.append(1)
        return super().__new__(cls)


Carrier.__slots__ = [u + "annotations" + u]
box = Carrier()

p = argparse.ArgumentParser()
p.add_argument("--x", action="append", default=box)
try:
    p.parse_args(["--x", "1"])
except AttributeError as e:
    print("after copy:", e)


@functools.singledispatch
def f(v):
    return v


try:
    f.register(np.mean)
except Exception as e:
    print("register:", type(e).__name__, e)
