# source: sandexec README, "The static check", '**NAME only where NAME is ... a dict display with literal keys' (the check reads only the name right after **); pandas/plotting/_core.py _get_plot_backend; dict.fromkeys (classmethod reached through the trusted dict)
# family: spread operand that starts with a trusted name: **opts.fromkeys([run-time key], v)
# goal: imports module 'this' via plot(**opts.fromkeys([...], 'this'))
import pandas as pd
bad = dict([("back" + "end", "this")])
opts = {"kind": "line"}
pd.Series([1.0]).plot(**opts.fromkeys(["back" + "end"], "this"))
