# source: sandexec README, "The static check", '**NAME only where NAME is ... a dict display with literal keys' (the check reads only the name right after **); pandas/plotting/_core.py _get_plot_backend
# family: spread operand that starts with a trusted name: **opts and bad (boolean operator returns bad)
# goal: imports module 'this' via plot(**opts and bad)
import pandas as pd
bad = dict([("back" + "end", "this")])
opts = {"kind": "line"}
pd.Series([1.0]).plot(**opts and bad)
