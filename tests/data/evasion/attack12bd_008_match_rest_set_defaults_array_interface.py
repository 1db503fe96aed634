# source: PEP 634 mapping rest capture; argparse ArgumentParser.set_defaults(**kwargs) -> parse_known_args setattr(namespace, dest, default)
# family: binding form not followed (match **rest) -> set_defaults keyword chosen at run time -> setattr of a dunder
# goal: reads raw memory at an object's address through the parsed Namespace's __array_interface__
import argparse
import numpy as np
u = chr(95) * 2
name = u + "array" + chr(95) + "interface" + u
class Marker:
    pass
m = Marker()
addr = int(repr(m).split(" at ")[1].rstrip(">"), 16)
p = argparse.ArgumentParser()
opts = {"window": 3}
match {name: {"data": (addr, True), "shape": (16,), "typestr": "|u1", "version": 3}}:
    case {**opts}:
        pass
p.set_defaults(**opts)
ns = p.parse_args([])
print("raw memory at", hex(addr), np.asarray(ns).tolist())
