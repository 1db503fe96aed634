# Source: black-box attack on sandexec's check, 2026-11-26 (second round).
# Family: a path f"/data/{name}" with '..' in the runtime value.
# Refused since the f-string path rule reads the fields (family 5 of attack12).
import json
import pandas as pd
name = chr(46) * 2 + chr(47) + "etc" + chr(47) + "passwd"
df = pd.read_csv(f"/data/{name}", sep=":", header=None)
print(df.head(3).to_string())
print(json.dumps({"rows": len(df)}))
