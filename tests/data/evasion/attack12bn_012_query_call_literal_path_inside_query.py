# source: pandas 1.5.3 expr.py visit_Call/visit_Constant (string constants and keywords inside a query expression); the check reads a single-quoted query as one string and does not find the path inside it
# family: DataFrame.query "(@f)(\"literal\", kw=...)" - literal host path and keywords inside the query text
# goal: reads /etc/passwd with pandas.read_csv, path written literally inside the query string
import pandas as pd
from pandas import read_csv
df = pd.DataFrame({"close": [1.0, 2.0]})


def show(x):
    print(x.head(4).to_string())
    return 0


print(df.query('close > (@show)((@read_csv)("/etc/passwd", header=None, sep=":"))'))
