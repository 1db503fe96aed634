# Source: black-box attack on sandexec's check, 2026-11-26 (second round).
# Family: pandas method looked up by a name built at run time (agg/apply/transform/pipe reach eval/query/to_csv).
# Accepted by 'sandexec check' today; move to tests/data/evasion/ once refused.
import json
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
p = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "outside_data.csv"
try:
    df.agg("to_" + "csv", path_or_buf=p)
except AttributeError:
    pass  # to_csv returned None; the file is already written
print(json.dumps({"ok": 1}))
