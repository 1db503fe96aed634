# Source: black-box attack on sandexec's check, 2026-11-26: ordinary code the check refused (false positive).
import pandas as pd
import datetime
df = pd.DataFrame({"t": pd.to_datetime(["2024-01-01 09:30"]), "v": [1]})
print(df["t"].dt.time.iloc[0], datetime.datetime(2024, 1, 1).time(), df.t.dt.date.iloc[0])
class Model:
    def eval(self, x):
        return x
    def compile(self):
        return self
print(Model().compile().eval(3))
import json
print(json.dumps({"value": Model().eval(4)}))
