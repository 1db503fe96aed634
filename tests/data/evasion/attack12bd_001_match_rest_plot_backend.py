# source: Python 3.10 PEP 634 mapping pattern rest capture (case {**rest}); pandas/plotting/_core.py _get_plot_backend/_load_backend (importlib.import_module(backend))
# family: binding form the check does not follow: match mapping-pattern **rest rebinds a literal-keyed spread dict
# goal: imports module 'this' (prints the Zen) via plot(backend=...) with a run-time key
import pandas as pd
b = "back" + "end"
opts = {"kind": "line"}
match {b: "this"}:
    case {**opts}:
        pass
pd.Series([1.0]).plot(**opts)
