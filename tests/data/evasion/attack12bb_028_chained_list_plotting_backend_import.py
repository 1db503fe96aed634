# source: pandas docs, plotting.backend option ("the backend module is imported by name", https://pandas.pydata.org/docs/user_guide/options.html and pandas/core/config_init.py register_plotting_backend_cb); chained-assignment targets missed by static checkers: https://github.com/unslothai/unsloth/pull/9777
# family: pandas' plotting.backend option set through a list unpacking target of a chained assignment (the check refuses =, for, with and plain unpacking targets); setting it imports the module named
# goal: import the module 'this' (prints the Zen of Python)
import pandas as pd

mod = "".join(map(chr, [116, 104, 105, 115]))   # "this"
try:
    y = [pd.options.plotting.backend] = [mod]
except ValueError as err:
    print("pandas after the import:", str(err)[:60])
