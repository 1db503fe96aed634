# source: pandas 1.5 hist_series/hist_frame signatures (backend positional) -> pandas/plotting/_core.py _load_backend importlib.import_module
# family: refused keyword by position through functools.partial of a bound plotting method
# goal: pandas imports any module by name (here this)
import pandas as pd
import functools
s = pd.Series([0.01, -0.02])
h = functools.partial(s.hist, None, None, True, None, None, None, None, None, 10)
h("this")
