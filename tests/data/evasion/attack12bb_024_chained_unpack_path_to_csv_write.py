# source: https://github.com/unslothai/unsloth/pull/9777 and https://github.com/unslothai/unsloth-zoo/pull/1113 (bindings made by the later targets of a chained assignment missed by a static checker); https://github.com/python-security/pyt/pull/164 (unpacking targets)
# family: a path-component name trusted as one string literal, rebound by a list target of a chained assignment; used by a writer
# goal: df.to_csv() writes a file outside the working directory (/dev/shm/planted.csv via ../dev/shm/), read back to show it
import pandas as pd
import numpy as np

shm = chr(46) * 2 + chr(47) + "dev" + chr(47) + "shm" + chr(47)
name = "summary"
x = [name] = [shm]
df = pd.DataFrame({"written": ["outside the working directory"]})
df.to_csv(f"{name}planted.csv", index=False)
print(np.loadtxt(f"{name}planted.csv", dtype=str, delimiter=","))
