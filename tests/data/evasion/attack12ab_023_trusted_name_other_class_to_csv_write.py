# source: sandexec README, "The static check", 'self.to_csv(p) needs the script's own def to_csv'
# family: trusted method name defined in another class; self.to_csv in a DataFrame subclass writes a run-time path (read back via self rebound by a for target)
# goal: write /dev/shm/k7 outside /data and read it back
import pandas as pd
P = chr(47).join(["", "dev", "shm", "k7"])
class A:
    def to_csv(self, p):
        return None
    def read_csv(self, p):
        return None
class Frame(pd.DataFrame):
    def save(self, p):
        self.to_csv(p)
Frame({"a": [7]}).save(P)
class Proof:
    def back(self, p):
        for self in [pd]:
            return self.read_csv(p)
print(Proof().back(P))
