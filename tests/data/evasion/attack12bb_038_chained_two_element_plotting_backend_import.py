# source: pandas docs, plotting.backend option (https://pandas.pydata.org/docs/user_guide/options.html; pandas/core/config_init.py register_plotting_backend_cb imports the module named); chained-assignment targets missed by static checkers: https://github.com/unslothai/unsloth/pull/9777
# family: pandas' plotting.backend option set through the second element of a two-element list target (y = [z, backend] = [1, mod]) (the check reads only the first target of a chained assignment for unpacking); setting it imports the module named
# goal: import the module 'this' (prints the Zen of Python)
import pandas as pd

mod = "".join(map(chr, [116, 104, 105, 115]))   # "this"
try:
    y = [z, pd.options.plotting.backend] = [1, mod]
except ValueError as err:
    print("pandas after the import:", str(err)[:60])
