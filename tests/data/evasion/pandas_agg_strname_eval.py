# Source: black-box attack on sandexec's check, 2026-11-26 (second round).
# Family: pandas method looked up by a name built at run time (agg/apply/transform/pipe reach eval/query/to_csv).
# Accepted by 'sandexec check' today; move to tests/data/evasion/ once refused.
import pandas as pd
df = pd.DataFrame({"m": [pd]})
s = "m[0].io.common." + "o" + "s.system('id')"
df.agg("ev" + "al", expr=s, engine="python")
