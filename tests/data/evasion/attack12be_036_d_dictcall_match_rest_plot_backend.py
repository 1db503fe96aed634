# source: PEP 634 mapping pattern '**rest' capture binds a new dict; pandas/plotting/_core.py _load_backend imports the backend by name
# family: name bound to dict(kind=...) (literal keywords) rebound by 'case {**opts}'
# goal: df.plot(**opts) with backend='this' built at run time: imports module 'this'
import pandas as pd
def mk():
    k = "".join(map(chr, [98,97,99,107,101,110,100]))
    v = "".join(map(chr, [116,104,105,115]))
    return {k: v}
df = pd.DataFrame({"a": [1, 2]})
opts = dict(kind="line")
match mk():
    case {**opts}:
        pass
try:
    df.plot(**opts)
except Exception as e:
    print("ERR", type(e).__name__, e)
