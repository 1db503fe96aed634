# source: pandas plotting backend option; tuple-unpacking attribute target
# family: option setter reached by a tuple assignment target (`a.b, x = v, 1`), read unlike `a.b = v`
# goal: pandas imports any module by name (here `this`)
import pandas as pd

pd.options.plotting.backend, n_days = "this", 252
