# source: pandas duplicated_object via Series.drop_duplicates; pandas NDFrame.__round__ -> element.rint()
# family: __hash__ calls round() on a pandas Series of objects -> element.rint() runs while the hash table holds keys without a reference (drop_duplicates)
# goal: rint() overwrites the values being hashed; a freed key is reused by a new object and compared
import sys
import numpy as np
import pandas as pd

STAGE = [0]
KEEP = []


class Trig:
    def rint(self):
        STAGE[0] += 1
        if STAGE[0] == 1:
            # inside the first __hash__: replace every value of the array pandas is hashing
            VALS[:] = np.array([Z(BOX) for k in range(4)], dtype=object)
        elif STAGE[0] == 2:
            # P0 was freed but stays a key of pandas' hash table: take its memory
            KEEP.append(Q())
            KEEP.append(Q())
        return 1.0


BOX = pd.Series([Trig()], dtype=object)


class Q:
    __slots__ = ("v", "box")

    def __init__(self):
        self.v = "Q, made after the free"
        self.box = None


class P:
    __slots__ = ("v", "box")

    def __init__(self, v, box):
        self.v = v
        self.box = box

    def __hash__(self):
        return hash((self.v, round(self.box) is None))

    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v


class Z:
    __slots__ = ("v", "box")

    def __init__(self, box):
        self.v = "z"
        self.box = box

    def __hash__(self):
        return hash((0, round(self.box) is None))

    def __eq__(self, other):
        return isinstance(other, Q)


VALS = np.array([P(k, BOX) for k in range(4)], dtype=object)
S = pd.Series(VALS, copy=False)
d = S.drop_duplicates().index.tolist()
print("drop_duplicates kept index:", d)
print("only [0] kept: pandas took Z1..Z3 for duplicates because it compared Z with a key of its table that is a Q, never in the Series (P0 freed, memory reused)")
sys.stdout.flush()
