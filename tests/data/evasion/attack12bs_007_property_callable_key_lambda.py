# source: pandas/core/common.py apply_if_callable (used by DataFrame.__getitem__)
# family: comparison reads a property; the getter subscripts a DataFrame with a lambda held in a module name, which pandas calls
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



PICK = lambda frame: [mutate(), "a"][1]
BOX = pd.DataFrame({"a": [1.0]})

class P:
    __slots__ = ("v", "box")

    def __init__(self, v, box):
        self.v = v
        self.box = box
        ADDR_P.append(hash(self))

    @property
    def key(self):
        return self.box[PICK]

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
        return self.box[PICK]

    def __gt__(self, other):
        return self.key is not None and other.v == "Q: made after the free, never put in ARR"

ARR = np.array([P("P", BOX), P("P", BOX), Probe(BOX), Probe(BOX)], dtype=object)
ADDR_P = ADDR_P[-2:]
i = ARR.argmax()
print("argmax =", i, "(2 means numpy compared a freed P slot that now holds a Q)")
print("freed P hashes:", ADDR_P, "new Q hashes:", ADDR_Q, "same memory:", sorted(ADDR_P) == sorted(ADDR_Q))
sys.stdout.flush()
