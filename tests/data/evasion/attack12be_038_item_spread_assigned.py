# source: sandexec README, "The static check", addendum ('NAME["literal"]' allowed for a literal-key dict); pandas/plotting/_core.py _load_backend imports backend by name
# family: spread of an item **opts["sub"] of a literal-key dict, item assigned a computed dict (opts["sub"] = mk())
# goal: df.plot(**opts['sub']) with backend='this': imports module 'this'
import pandas as pd
def mk():
    k = "".join(map(chr, [98,97,99,107,101,110,100]))
    v = "".join(map(chr, [116,104,105,115]))
    return {k: v}
df = pd.DataFrame({"a": [1, 2]})
opts = {"kind": "line", "sub": {"kind": "line"}}
opts["sub"] = mk()
try:
    df.plot(**opts["sub"])
except Exception as e:
    print('ERR', type(e).__name__, e)
