# source: pandas 1.5.3 SeriesGroupBy.filter (a str func becomes `lambda x: getattr(x, func)(*args, **kwargs)`); plotting/_core.py hist_series (10th positional `backend` -> importlib.import_module)
# family: pandas string dispatch not on the check's list (SeriesGroupBy.filter), other call form: the bound method under another name, the method name as a literal, the backend by position in a spread list
# goal: imports the module `this` (prints the Zen of Python) via Series.hist's backend
import pandas as pd

df = pd.DataFrame({"k": [1, 1, 2], "v": [1.0, 2.0, 3.0]})
keep_groups = df.v.groupby(df.k).filter
mod = "".join(["th", "is"])
rest = [None, None, True, None, None, None, None, None, 10, mod]
try:
    keep_groups("hist", True, *rest)
except Exception as e:
    print("after import:", type(e).__name__, e)
