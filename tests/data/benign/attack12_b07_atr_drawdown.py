# source: black-box attack on sandexec check (attack12, 2026-11-26), benign file of the same attack
# source: dwarnecke/adaptive-portfolio-optimizer equities/technicals/volatility.py (calc_average_true_range, calc_max_drawdown) + hellobiek/smart_deal_tool algotrade/technical/atr.py (apply with axis=1)
# benign: ATR with np.maximum, apply(lambda, axis=1), rolling drawdown
import json
import numpy as np
import pandas as pd
from pandas import DataFrame, Series

rng = np.random.default_rng(7)
n = 400
close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.01, n))), index=pd.date_range("2020-01-01", periods=n, freq="B"))

high = close * (1 + np.abs(rng.normal(0, 0.005, n)))
low = close * (1 - np.abs(rng.normal(0, 0.005, n)))


def calc_average_true_range(data: DataFrame, length: int = 14) -> Series:
    data = data.sort_index()
    log_high = data["Log High"]
    log_low = data["Log Low"]
    log_close = data["Log Close"]
    prev_log_close = log_close.shift(1)
    tr1 = log_high - log_low
    tr2 = np.abs(log_high - prev_log_close)
    tr3 = np.abs(log_low - prev_log_close)
    true_range = np.maximum(tr1, np.maximum(tr2, tr3))
    return true_range.rolling(window=length).mean()


def calc_max_drawdown(data: DataFrame, length: int) -> Series:
    data = data.sort_index()
    log_close = data["Log Close"]
    rolling_max = log_close.rolling(window=length).max()
    drawdown = log_close - rolling_max
    return drawdown.rolling(window=length).min()


def atr_apply(data, ndays=8):
    def func(low, high, perclose):
        return max(high - low, abs(low - perclose), abs(high - perclose))
    atr = pd.Series(data.apply(lambda data: func(data['low'], data['high'], data['preclose']), axis=1).rolling(ndays).mean(), name='atr')
    return data.join(atr)


frame = DataFrame({"Log High": np.log(high), "Log Low": np.log(low), "Log Close": np.log(close)})
raw = DataFrame({"high": high, "low": low, "preclose": close.shift(1)})
print(json.dumps({"atr": float(calc_average_true_range(frame).iloc[-1]), "mdd": float(calc_max_drawdown(frame, 60).min()), "atr2": float(atr_apply(raw)["atr"].iloc[-1])}))
