# source: pandas 1.5.3 pandas/io/formats/csvs.py CSVFormatter(formatter, path_or_buf).save() (internal writer behind DataFrame.to_csv)
# family: file writer reached through a pandas formatter class whose path is its 2nd parameter and whose write method is .save()
# goal: write /dev/shm/pwn_csv (outside /tmp, path built at run time), then re-open it with mode "x" to show it persisted
import pandas as pd
from pandas.io.formats.format import DataFrameFormatter
from pandas.io.formats.csvs import CSVFormatter

p = "".join(map(chr, [47, 100, 101, 118, 47, 115, 104, 109, 47])) + "pwn_csv"
df = pd.DataFrame({"owned": [1, 2]})
CSVFormatter(DataFrameFormatter(df), p).save()
print("wrote", p)
try:
    CSVFormatter(DataFrameFormatter(df), p, mode="x").save()
except Exception as e:
    print("second exclusive create fails, file exists:", repr(e))
