# source: black-box attack on sandexec check (attack12, 2026-11-26), benign file of the same attack
# source: ckive/uexp ue/uexp/dataprocessing/ta.py (computeRSI, sRSI)
# benign: RSI with ewm and stochastic RSI
import json
import numpy as np
import pandas as pd

rng = np.random.default_rng(7)
n = 400
close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.01, n))), index=pd.date_range("2020-01-01", periods=n, freq="B"))


def computeRSI(data, time_window):
    diff = data.diff(1).dropna()
    up_chg = 0 * diff
    down_chg = 0 * diff
    up_chg[diff > 0] = diff[diff > 0]
    down_chg[diff < 0] = diff[diff < 0]
    up_chg_avg = up_chg.ewm(com=time_window - 1, min_periods=time_window).mean()
    down_chg_avg = down_chg.ewm(com=time_window - 1, min_periods=time_window).mean()
    rs = abs(up_chg_avg / down_chg_avg)
    rsi = 100 - 100 / (1 + rs)
    return rsi


def sRSI(data, k_window=3, d_window=3, window=14):
    min_val = data.rolling(window=window, center=False).min()
    max_val = data.rolling(window=window, center=False).max()
    stoch = ((data - min_val) / (max_val - min_val)) * 100
    K = stoch.rolling(window=k_window, center=False).mean()
    D = K.rolling(window=d_window, center=False).mean()
    return K, D


rsi = computeRSI(close, 14)
k, d = sRSI(rsi)
print(json.dumps({"rsi_last": round(float(rsi.iloc[-1]), 4), "k_last": float(k.iloc[-1]), "oversold_days": int((rsi < 30).sum())}))
