# source: pandas plotting backend loader; unittest.loader.loadTestsFromName (dotted-name getattr chain + zero-arg call, result repr in error)
# family: module import by name via pandas plot backend, key set by subscript assignment (opts["backend"] = ...), Series.plot.bar(**opts)
# goal: obtain a frame object (sys._getframe()) and print its repr
import sys
import pandas as pd

sys.argv.append("sys._getframe")
s = pd.Series([1.0, 2.0, 3.0])
opts = {}
opts["backend"] = "unittest.__main__"
try:
    s.plot.bar(**opts)
except (ValueError, TypeError, SystemExit) as e:
    print("leak:", e)
