# source: black-box testing of sandexec's spread rule (sandexec README, "The static check",: f(**name) only for a def's own **kwargs); pandas 1.5.3 pandas/plotting/_core.py _get_plot_backend -> importlib.import_module(backend); pandas hist/boxplot/plot accessor methods take backend=
# family: def's own **kwargs rebound by walrus, other plotting entry points with backend=
# goal: groupby_hist call form imports module 'this' through backend=
import pandas as pd
def mk():
    k = "".join(map(chr, [98,97,99,107,101,110,100]))
    v = "".join(map(chr, [116,104,105,115]))
    return {k: v}
df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
def g(**kw):
    (kw := mk())
    return df.groupby('a').hist(**kw)
try:
    g()
except Exception as e:
    print("ERR", type(e).__name__, e)
