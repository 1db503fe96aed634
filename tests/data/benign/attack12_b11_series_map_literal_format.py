# source: black-box attack on sandexec check (attack12, 2026-11-26), benign file of the same attack
# source: https://pandas.pydata.org/docs/reference/api/pandas.Series.map.html (example: s.map('I am a {}'.format, na_action='ignore')), in a P&L report
# benign: Series.map with the bound .format of a string literal
import json
import numpy as np
import pandas as pd

pnl = pd.Series(np.array([1250.5, -310.25, 88.0]), index=["AAPL", "MSFT", "SPY"])
labels = pnl.map("{:+,.2f} USD".format)
tags = pd.Series(["long", None, "short"]).map("I am a {}".format, na_action="ignore")
print(json.dumps({"labels": labels.to_dict(), "tags": tags.fillna("").tolist()}))
