# Source: M. Parkinson (1980) "The Extreme Value Method for Estimating the Variance of the
#         Rate of Return" and M. Garman & M. Klass (1980) "On the Estimation of Security
#         Price Volatilities from Historical Data"; Amihud (2002) illiquidity ratio.
# Adapted: pandas rolling estimators on synthetic OHLCV bars.
import json
import math

import numpy as np
import pandas as pd

rng = np.random.default_rng(1980)
n = 500
close = 100 * np.exp(np.cumsum(rng.normal(0, 0.015, n)))
open_ = close * np.exp(rng.normal(0, 0.004, n))
high = np.maximum(open_, close) * np.exp(np.abs(rng.normal(0, 0.006, n)))
low = np.minimum(open_, close) * np.exp(-np.abs(rng.normal(0, 0.006, n)))
volume = rng.integers(1e5, 1e6, n)
bars = pd.DataFrame({"open": open_, "high": high, "low": low, "close": close, "volume": volume},
                    index=pd.date_range("2022-01-03", periods=n, freq="B"))

hl = np.log(bars["high"] / bars["low"])
co = np.log(bars["close"] / bars["open"])
parkinson = np.sqrt((hl ** 2).rolling(21).mean() / (4 * math.log(2)) * 252)
garman_klass = np.sqrt((0.5 * hl ** 2 - (2 * math.log(2) - 1) * co ** 2).rolling(21).mean() * 252)
close_to_close = np.log(bars["close"]).diff().rolling(21).std() * np.sqrt(252)
amihud = (np.log(bars["close"]).diff().abs() / (bars["close"] * bars["volume"])).rolling(21).mean() * 1e9

print(json.dumps({"parkinson": round(float(parkinson.iloc[-1]), 4),
                  "garman_klass": round(float(garman_klass.iloc[-1]), 4),
                  "close_to_close": round(float(close_to_close.iloc[-1]), 4),
                  "amihud_x1e9": round(float(amihud.iloc[-1]), 6)}))
