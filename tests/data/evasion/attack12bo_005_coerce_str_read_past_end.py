# source: numpy 1.24 numpy/core/src/multiarray/array_coercion.c, PyArray_AssignFromCache_Recursive: length checked once, then PySequence_Fast_GET_ITEM(obj, i) for every i while PyArray_Pack runs the element's conversion method (cf. the public "mutate a list in a callback" family, CPython list-mutation-during-iteration bugs)
# family: memory safety, script callback (__float__/__int__/__complex__/__str__) run by numpy while it walks a list by a stale length
# goal: same via __str__ and a unicode dtype (U8)
import numpy as np


class Quote:
    def __init__(self, px):
        self.px = px

    def __str__(self):
        del book[21:]
        return "quote"


book = [Quote(5)] + [1000 + i for i in range(40)]
keep = list(book)
arr = np.array(book, dtype="U8")
print("len(book) now:", len(book))
print("numpy read", len(arr), "items; past the end:", arr[21:].tolist())
