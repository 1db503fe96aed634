# Source: G. Antonacci, "Dual Momentum Investing" (2014) / "Global Equities Momentum":
#         hold the stronger of US and international equities if its 12-month return beats
#         T-bills, otherwise hold bonds.
# Adapted: synthetic monthly total-return indices built with pandas.
import json

import numpy as np
import pandas as pd

rng = np.random.default_rng(12)
months = pd.period_range("2005-01", periods=216, freq="M")
assets = {"us": (0.008, 0.045), "intl": (0.006, 0.05), "bonds": (0.003, 0.012), "tbill": (0.0015, 0.0005)}
rets = pd.DataFrame({k: rng.normal(m, s, len(months)) for k, (m, s) in assets.items()}, index=months)
lookback = (1 + rets).rolling(12).apply(np.prod, raw=True) - 1

holdings = []
for month in months[12:]:
    prev = lookback.loc[month - 1]
    best = "us" if prev["us"] >= prev["intl"] else "intl"
    holdings.append(best if prev[best] > prev["tbill"] else "bonds")
held = pd.Series(holdings, index=months[12:])
strategy = pd.Series([rets.loc[m, a] for m, a in held.items()], index=held.index)
growth = float((1 + strategy).prod())

print(json.dumps({"growth": round(growth, 4), "months": int(len(held)),
                  "allocation": {k: int(v) for k, v in held.value_counts().items()}}))
