# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 5 f-string path under /data with '..' at run time
# source: own; README: writer path may be an f-string starting with /data/
# family: host-path rule: f-string prefix with a runtime '..' (write side)
# goal: write outside /data and outside the working directory (/dev/shm or /tmp via /data/..)
# needs-data
import json
import pandas as pd

up = "." * 2
df = pd.DataFrame({"a": [1, 2]})
df.to_csv(f"/data/{up}/dev/shm/pwned_112.csv")
back = pd.read_csv(f"/data/{up}/dev/shm/pwned_112.csv")
print(json.dumps({"written_and_read_back": back.to_dict()}))
