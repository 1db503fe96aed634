# source: pandas 1.5 hist_series/hist_frame signatures (backend positional) -> pandas/plotting/_core.py _load_backend importlib.import_module
# family: refused keyword by position with a value held on self (built at run time)
# goal: pandas imports any module by name (here this)
import pandas as pd
class Report:
    def __init__(self, engine):
        self.engine = engine
    def show(self, s):
        s.hist(None, None, True, None, None, None, None, None, 10, self.engine)
Report("th" + "is").show(pd.Series([0.01, -0.02]))
