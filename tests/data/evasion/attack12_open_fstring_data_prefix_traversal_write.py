# Source: black-box attack on sandexec's check, 2026-11-26 (second round).
# Family: a path f"/data/{name}" with '..' in the runtime value.
# Refused since the f-string path rule reads the fields (family 5 of attack12).
import json
import pandas as pd
name = chr(46) * 2 + chr(47) + "dev" + chr(47) + "shm" + chr(47) + "written_outside_data.csv"
pd.DataFrame({"a": [1, 2]}).to_csv(f"/data/{name}")
print(json.dumps({"ok": 1}))
