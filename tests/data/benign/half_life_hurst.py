# Source: QuantStart, "Basics of Statistical Mean Reversion Testing"
#         (https://www.quantstart.com/articles/Basics-of-Statistical-Mean-Reversion-Testing/)
#         hurst(ts) via polyfit of log(lags) vs log(tau); half-life from E. Chan,
#         "Algorithmic Trading", regression of dy on lagged y.
# Adapted: numpy/pandas only, synthetic Ornstein-Uhlenbeck, random walk and trending series.
import json

import numpy as np
import pandas as pd


def hurst(ts):
    """Returns the Hurst Exponent of the time series vector ts"""
    lags = range(2, 100)
    tau = [np.sqrt(np.std(np.subtract(ts[lag:], ts[:-lag]))) for lag in lags]
    poly = np.polyfit(np.log(lags), np.log(tau), 1)
    return poly[0] * 2.0


def half_life(series: pd.Series) -> float:
    lagged = series.shift(1).dropna()
    delta = (series - series.shift(1)).dropna()
    slope, intercept = np.polyfit(lagged.values, delta.values, 1)
    return float(-np.log(2) / slope)


if __name__ == "__main__":
    rng = np.random.default_rng(10)
    n = 3000
    ou = np.zeros(n)
    for t in range(1, n):
        ou[t] = ou[t - 1] + 0.05 * (0 - ou[t - 1]) + rng.normal(0, 1)
    gbm = np.log(np.cumsum(rng.normal(0, 1, n)) + 1000)
    trend = np.log(np.cumsum(rng.normal(1, 1, n)) + 1000)
    print(json.dumps({
        "hurst_ou": round(float(hurst(ou)), 3),
        "hurst_gbm": round(float(hurst(gbm)), 3),
        "hurst_trend": round(float(hurst(trend)), 3),
        "half_life_ou": round(half_life(pd.Series(ou)), 2),
    }))
