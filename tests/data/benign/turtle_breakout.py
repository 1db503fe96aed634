# Source: "The Original Turtle Trading Rules" (C. Faith, public PDF, originalturtles.org):
#         System 1 20-day breakout, 10-day exit, N = 20-day EMA of true range, unit size
#         = 1% of equity / (N * dollars per point), stops at 2N.
# Adapted: single synthetic market, long and short, pandas for N and channels.
import json

import numpy as np
import pandas as pd

rng = np.random.default_rng(55)
idx = pd.date_range("2018-01-01", periods=1200, freq="B")
close = pd.Series(1000 * np.exp(np.cumsum(rng.normal(0.0002, 0.013, len(idx)))), index=idx)
high = close * (1 + rng.uniform(0, 0.01, len(idx)))
low = close * (1 - rng.uniform(0, 0.01, len(idx)))

prev_close = close.shift(1)
true_range = pd.concat([high - low, (high - prev_close).abs(), (low - prev_close).abs()], axis=1).max(axis=1)
N = true_range.ewm(span=20, adjust=False).mean()
entry_high = high.rolling(20).max().shift(1)
entry_low = low.rolling(20).min().shift(1)
exit_high = high.rolling(10).max().shift(1)
exit_low = low.rolling(10).min().shift(1)

equity, units, entry, stop, trades = 1_000_000.0, 0.0, 0.0, 0.0, 0
for t in range(21, len(idx)):
    px = close.iloc[t]
    if units > 0 and (px < exit_low.iloc[t] or px < stop):
        equity += units * (px - entry); units = 0.0
    elif units < 0 and (px > exit_high.iloc[t] or px > stop):
        equity += units * (px - entry); units = 0.0
    if units == 0:
        size = 0.01 * equity / N.iloc[t]
        if px > entry_high.iloc[t]:
            units, entry, stop, trades = size, px, px - 2 * N.iloc[t], trades + 1
        elif px < entry_low.iloc[t]:
            units, entry, stop, trades = -size, px, px + 2 * N.iloc[t], trades + 1

print(json.dumps({"equity": round(float(equity), 2), "trades": trades, "last_N": round(float(N.iloc[-1]), 3)}))
