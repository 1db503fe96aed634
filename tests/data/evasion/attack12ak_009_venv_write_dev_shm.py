# source: pandas plotting backend import + CPython Lib/venv/__main__.py (runs main() on import with sys.argv)
# family: plotting backend set by a tuple target; sys.argv replaced by a list-unpacking target; a stdlib module that runs on import
# goal: venv creates a tree (pyvenv.cfg, bin/, lib/) at /dev/shm/x: files written outside /data and the script's directory
import sys
import pandas as pd

s = chr(47)
u = chr(95) * 2
[sys.argv] = [["strategy", "--without-pip", s + "dev" + s + "shm" + s + "x"]]
pd.options.plotting.backend, n_days = "venv." + u + "main" + u, 252
