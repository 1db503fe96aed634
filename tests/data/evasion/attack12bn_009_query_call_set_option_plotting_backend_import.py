# source: pandas 1.5.3 expr.py visit_Call; pandas/plotting/_core.py _load_backend/_get_plot_backend (importlib.import_module of the plotting.backend option value, run by the option validator)
# family: DataFrame.query "(@f)(...)" call of imported pandas.set_option with run-time key/value -> import by name
# goal: imports module this (Zen printed) through the plotting.backend option validator
import pandas as pd
from pandas import set_option
df = pd.DataFrame({"a": [1, 2, 3]})
key = ".".join(["plotting", "backend"])
mod = "th" + "is"


def show(x):
    print("set:", x)
    return 0


try:
    df.query("a > (@show)((@set_option)(@key, @mod))")
except Exception as e:
    print("after import:", type(e).__name__, e)
