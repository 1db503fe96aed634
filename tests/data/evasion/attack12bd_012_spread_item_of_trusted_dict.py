# source: sandexec README, "The static check", '**NAME only where NAME is ... a dict display with literal keys' (the check reads only the name right after **); pandas/plotting/_core.py _get_plot_backend
# family: spread operand that starts with a trusted name but is a larger expression: item of a literal-keyed dict, **cfg["p"]
# goal: imports module 'this' via plot(**cfg["p"]) with a run-time key
import pandas as pd
bad = dict([("back" + "end", "this")])
opts = {"kind": "line"}
cfg = {"p": bad}
pd.Series([1.0]).plot(**cfg["p"])
