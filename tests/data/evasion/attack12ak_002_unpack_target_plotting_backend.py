# source: pandas plotting backend option (pandas/plotting/_core.py _load_backend -> importlib.import_module); unpacking attribute targets
# family: option setter reached through a list-unpacking attribute target on a parameter
# goal: pandas imports any module by a name built at run time (here `this`)
import pandas as pd


def apply_settings(opts, value):
    [opts.backend] = [value]


apply_settings(pd.options.plotting, "th" + "is")
