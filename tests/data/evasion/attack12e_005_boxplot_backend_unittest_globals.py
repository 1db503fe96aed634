# source: pandas plotting backend loader; unittest.loader.loadTestsFromName
# family: module import by name via pandas plot backend through DataFrame.boxplot(**opts)
# goal: call builtins.globals inside unittest.loader -> repr of a module namespace containing os, sys modules
import sys
import pandas as pd

sys.argv.append("builtins.globals")
df = pd.DataFrame({"close": [1.0, 1.5, 2.0]})
opts = {"backend": "unittest.__main__"}
try:
    df.boxplot(**opts)
except (ValueError, TypeError, SystemExit) as e:
    print("leak:", str(e)[:600])
