# Source: pandas User Guide, "Time series / date functionality", Resampling section
#         (https://pandas.pydata.org/docs/user_guide/timeseries.html#resampling):
#         ts.resample("5Min").ohlc(), .sum(), .agg({...}).
# Adapted: synthetic one-minute ticks are aggregated into 5-minute and daily bars.
import json

import numpy as np
import pandas as pd

rng = np.random.default_rng(8)
index = pd.date_range("2023-03-06 09:30", periods=6 * 390, freq="1min")
index = index[(index.time >= pd.Timestamp("09:30").time()) & (index.time < pd.Timestamp("16:00").time())]
price = pd.Series(50 + np.cumsum(rng.normal(0, 0.02, len(index))), index=index)
volume = pd.Series(rng.integers(100, 2000, len(index)), index=index)

bars_5m = price.resample("5Min").ohlc().dropna()
vol_5m = volume.resample("5Min").sum()
daily = pd.DataFrame({"price": price, "volume": volume}).resample("D").agg(
    {"price": ["first", "max", "min", "last"], "volume": "sum"}
).dropna()
daily.columns = ["open", "high", "low", "close", "volume"]
daily["vwap_proxy"] = (price * volume).resample("D").sum().dropna() / daily["volume"]

print(json.dumps({
    "bars_5m": int(len(bars_5m)),
    "max_5m_range": round(float((bars_5m["high"] - bars_5m["low"]).max()), 4),
    "days": int(len(daily)),
    "last_close": round(float(daily["close"].iloc[-1]), 4),
    "total_volume": int(vol_5m.sum()),
}))
