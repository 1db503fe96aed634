# source: black-box testing of sandexec's spread rule (sandexec README, "The static check",: f(**name) only for a def's own **kwargs); pandas 1.5.3 pandas/plotting/_core.py _get_plot_backend -> importlib.import_module(backend)
# family: def's own **kwargs rebound by tuple target 'kw, _ = ...'
# goal: df.plot(**kw) with backend='this' built at run time: imports module 'this'
import pandas as pd
def mk():
    k = "".join(map(chr, [98,97,99,107,101,110,100]))
    v = "".join(map(chr, [116,104,105,115]))
    return {k: v}
df = pd.DataFrame({"a": [1, 2]})
def g(**kw):
    kw, _ = mk(), 0
    return df.plot(**kw)
try:
    g()
except Exception as e:
    print('ERR', e)
