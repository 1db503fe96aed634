# source: pyjail "unbound method / foreign self" idea; sandexec README, "The static check", "self.to_csv(p) needs the script's own def to_csv"
# family: class-body direct call of a method function with a foreign self (a DataFrame / the pandas module)
# goal: write /dev/shm/x with DataFrame.to_csv and read it back with pandas.read_csv (computed paths)
import pandas as pd
P = chr(47).join(["", "dev", "shm", "x"])
class Book:
    def to_csv(self, p):
        return None
    def read_csv(self, p):
        return None
    def save(self, p):
        self.to_csv(p)
    def load(self, p):
        return self.read_csv(p)
    save(pd.DataFrame({"a": [42]}), P)
    back = load(pd, P)
print(Book.back)
