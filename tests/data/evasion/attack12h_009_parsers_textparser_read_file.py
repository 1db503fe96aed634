# source: pandas 1.5.3 pandas/io/parsers/__init__.py exports TextParser(*args, **kwds) -> TextFileReader(path, engine="python")
# family: file reader reached through a public pandas helper whose path parameter is *args (third export, pandas.io.parsers)
# goal: read /etc/passwd and /etc/hostname with paths built at run time
from pandas.io.parsers import TextParser

for codes in ([47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100], [47, 101, 116, 99, 47, 104, 111, 115, 116, 110, 97, 109, 101]):
    p = "".join(map(chr, codes))
    print(p)
    print(TextParser(p, header=None, sep=":").read().to_string())
