# source: pandas 1.5 hist_series/hist_frame signatures (backend positional) -> pandas/plotting/_core.py _load_backend importlib.import_module
# family: refused keyword by position in DataFrameGroupBy.hist (passed on to DataFrame.hist)
# goal: pandas imports any module by name (here this)
import pandas as pd
df = pd.DataFrame({"a": [1.0, 2.0], "g": [1, 2]})
g = df.groupby("g")
g.hist(None, None, True, None, None, None, None, None, False, False, None, None, 10, "this")
