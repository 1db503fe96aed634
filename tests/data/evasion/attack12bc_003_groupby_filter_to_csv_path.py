# source: pandas 1.5.3 SeriesGroupBy.filter (str func -> getattr(group, func)(*args, **kwargs)); Series.to_csv(path_or_buf)
# family: pandas string dispatch not on the check's list: a writer reached by a name built at run time with a path built at run time
# goal: writes files at paths the check never read (an absolute path outside /data, built at run time), then shows the file exists
import pandas as pd

df = pd.DataFrame({"k": [1, 1, 2], "v": ["owned", "by", "script"]})
name = "".join(["to", "_", "csv"])
target = "".join([chr(47), "dev", chr(47), "shm", chr(47), "x.csv"])
out = "".join([chr(47), "proc", chr(47), "self", chr(47), "fd", chr(47), "1"])
df.groupby("k").v.filter(name, True, target)
print("wrote", target, "without error (to_csv returned None for each group)")
try:
    df.groupby("k").v.filter(name, True, out)
except Exception as e:
    print("wrote to", out, "then:", type(e).__name__)
