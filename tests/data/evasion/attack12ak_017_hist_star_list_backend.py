# source: pandas 1.5 hist_series/hist_frame signatures (backend positional) -> pandas/plotting/_core.py _load_backend importlib.import_module
# family: refused keyword (backend=) reached by position through a *list spread
# goal: pandas imports any module by name (here this)
import pandas as pd
s = pd.Series([0.01, -0.02])
opts = [None, None, True, None, None, None, None, None, 10, "this"]
s.hist(*opts)
