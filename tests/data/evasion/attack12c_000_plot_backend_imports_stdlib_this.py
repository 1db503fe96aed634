# source: pandas PR #26753/#28622 (plotting.backend option and plot(backend=) -> importlib.import_module), https://github.com/pandas-dev/pandas/issues/28619
# family: string->import: pandas plotting backend name imported with importlib
# goal: imports an arbitrary non-allowed module (here 'this', prints Zen) by name
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
df.plot(backend="this")
