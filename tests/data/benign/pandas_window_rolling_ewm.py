# Source: pandas User Guide, "Windowing operations"
#         (https://pandas.pydata.org/docs/user_guide/window.html): rolling, expanding,
#         ewm, time-based windows ("2s"), rolling(...).agg and rolling cov/corr.
# Adapted: applied to a synthetic price series with a business-day index.
import json

import numpy as np
import pandas as pd

rng = np.random.default_rng(21)
idx = pd.date_range("2022-01-03", periods=400, freq="B")
px = pd.Series(100 * np.exp(np.cumsum(rng.normal(0, 0.01, len(idx)))), index=idx, name="px")
bench = px * np.exp(rng.normal(0, 0.004, len(idx)))

rets = px.pct_change()
stats = rets.rolling(window=20).agg(["mean", "std", "min", "max"])
expanding_max = px.expanding(min_periods=1).max()
drawdown = px / expanding_max - 1
ewm_vol = rets.ewm(span=30, adjust=False).std() * np.sqrt(252)
time_window = px.rolling("30D").mean()
roll_corr = rets.rolling(60).corr(bench.pct_change())
roll_beta = rets.rolling(60).cov(bench.pct_change()) / bench.pct_change().rolling(60).var()
centered = px.rolling(5, center=True).mean()

print(json.dumps({
    "last_20d_std": round(float(stats["std"].iloc[-1]), 6),
    "max_drawdown": round(float(drawdown.min()), 6),
    "ewm_vol": round(float(ewm_vol.iloc[-1]), 6),
    "ma_30D": round(float(time_window.iloc[-1]), 4),
    "corr_60": round(float(roll_corr.iloc[-1]), 4),
    "beta_60": round(float(roll_beta.iloc[-1]), 4),
    "centered_nan": int(centered.isna().sum()),
}))
