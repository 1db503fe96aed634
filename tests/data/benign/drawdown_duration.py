# Source: pyfolio timeseries.get_top_drawdowns / gen_drawdown_table idea
#         (github.com/quantopian/pyfolio pyfolio/timeseries.py): peak, valley, recovery dates.
# Adapted: pandas cummax + groupby on drawdown episodes of a synthetic equity curve.
import json

import numpy as np
import pandas as pd

rng = np.random.default_rng(88)
idx = pd.date_range("2015-01-01", periods=2000, freq="B")
equity = pd.Series(np.exp(np.cumsum(rng.normal(0.0003, 0.011, len(idx)))), index=idx)

peak = equity.cummax()
underwater = equity / peak - 1
episode = (underwater == 0).cumsum()
table = underwater[underwater < 0].groupby(episode[underwater < 0]).agg(
    depth="min", start=lambda s: s.index[0], end=lambda s: s.index[-1], days="size")
top = table.sort_values("depth").head(5)

print(json.dumps({
    "episodes": int(len(table)),
    "worst_depth": round(float(top["depth"].iloc[0]), 4),
    "worst_days": int(top["days"].iloc[0]),
    "worst_start": top["start"].iloc[0].strftime("%Y-%m-%d"),
    "time_underwater": round(float((underwater < 0).mean()), 4),
}))
