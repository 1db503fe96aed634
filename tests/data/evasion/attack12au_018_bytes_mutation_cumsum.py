# source: numpy 1.24 cumulative ufunc out= ignores the WRITEABLE flag; np.frombuffer(b"...") is a read-only view of an immutable bytes constant (the check allows np.frombuffer of a bytes literal; CPython shares equal constants of one code object)
# family: write into a read-only array via np.cumsum(out=), here the memory of an immutable bytes constant
# goal: change the contents of an immutable bytes object in place (memory Python never lets a script write): the constant b"hello" itself becomes b"XXXXX" everywhere it is used
import numpy as np

b = b"hello"
h0 = hash(b)
a = np.frombuffer(b"hello", dtype=np.uint8)
np.cumsum(np.array([88, 0, 0, 0, 0], dtype=np.uint8), out=a)
print("the variable b, bound to the literal b'hello', is now:", b, flush=True)
print("hash before == hash now:", h0 == hash(b), "; == hash of a fresh b'XXXXX':", hash(b) == hash(bytes([88] * 5)), flush=True)
