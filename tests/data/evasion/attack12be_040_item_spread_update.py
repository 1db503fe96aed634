# source: sandexec README, "The static check", addendum ('NAME["literal"]' allowed for a literal-key dict); pandas/plotting/_core.py _load_backend imports backend by name
# family: spread of an item, item mutated by .update()
# goal: imports module 'this' via plot backend
import pandas as pd
def mk():
    k = "".join(map(chr, [98,97,99,107,101,110,100]))
    v = "".join(map(chr, [116,104,105,115]))
    return {k: v}
df = pd.DataFrame({"a": [1, 2]})
opts = {"sub": {"kind": "line"}}
opts["sub"].update(mk())
try:
    df.plot(**opts["sub"])
except Exception as e:
    print('ERR', type(e).__name__, e)
