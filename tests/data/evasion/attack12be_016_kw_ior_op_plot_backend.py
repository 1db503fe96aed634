# source: same as above; Python data model: dicts are mutable and shared by reference (aliasing), operator.ior/setitem, dict.update
# family: def's own **kwargs mutated through operator.ior(kw, ...)
# goal: df.plot(**kw) with backend='this' built at run time: imports module 'this'
import pandas as pd
def mk():
    k = "".join(map(chr, [98,97,99,107,101,110,100]))
    v = "".join(map(chr, [116,104,105,115]))
    return {k: v}
df = pd.DataFrame({"a": [1, 2]})
def g(**kw):
    import operator
    operator.ior(kw, mk())
    return df.plot(**kw)
try:
    g()
except Exception as e:
    print('ERR', e)
