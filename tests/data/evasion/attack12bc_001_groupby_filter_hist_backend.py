# source: pandas 1.5.3 pandas/core/groupby/generic.py SeriesGroupBy.filter (a str func becomes `lambda x: getattr(x, func)(*args, **kwargs)`), plotting/_core.py hist_series (10th positional `backend` -> _load_backend -> importlib.import_module)
# family: pandas string dispatch not on the check's list (SeriesGroupBy.filter), method name built at run time, refused keyword passed by position through *args
# goal: imports the module `this` (prints the Zen of Python) via Series.hist's backend, a method reached by a name built at run time
import pandas as pd

df = pd.DataFrame({"k": [1, 1, 2], "v": [1.0, 2.0, 3.0]})
name = "".join(["hi", "st"])
mod = "".join(["th", "is"])
try:
    # group.hist(by, ax, grid, xlabelsize, xrot, ylabelsize, yrot, figsize, bins, backend)
    df.groupby("k").v.filter(name, True, None, None, True, None, None, None, None, None, 10, mod)
except Exception as e:
    print("after import:", type(e).__name__, e)
