# source: numpy/random/bit_generator.pyx BitGenerator.__init__ (leaves _bitgen's function pointers NULL; only the base class itself is refused) and _generator.pyx Generator.__init__ (copies them from the capsule)
# family: bit generator with uninitialised C state used by Generator
# goal: Generator over a script subclass of the abstract BitGenerator: a draw calls a NULL function pointer (segfault)
import numpy as np


class Empty(np.random.BitGenerator):
    pass


rng = np.random.Generator(Empty(0))
print("made", rng, flush=True)
print(rng.random())
