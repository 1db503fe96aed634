# source: black-box attack on sandexec check (attack12, 2026-11-26), benign file of the same attack
# source: bmaher74/quant_at alg/vol.md (crossover/bollinger with APR, Sharpe, DD), ported to current pandas
# benign: returns, APR, Sharpe, max drawdown; str.format on a literal; f-strings
import json
import math
import numpy as np
import pandas as pd

rng = np.random.default_rng(7)
n = 400
close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.01, n))), index=pd.date_range("2020-01-01", periods=n, freq="B"))


def crossover(df, col, lev):
    signals = pd.DataFrame(index=df.index)
    short_ma = df[col].rolling(40, min_periods=1).mean()
    long_ma = df[col].rolling(100, min_periods=1).mean()
    signals['signal'] = np.where(short_ma > long_ma, 1, 0)
    df['signal'] = signals['signal'].shift(1)
    df['ret'] = df[col].pct_change() * df['signal']
    return df.ret.dropna() * lev


def calculate_max_dd(cumret):
    highwatermark = np.zeros(len(cumret))
    drawdown = np.zeros(len(cumret))
    for t in range(1, len(cumret)):
        highwatermark[t] = max(highwatermark[t - 1], cumret[t])
        drawdown[t] = (1 + cumret[t]) / (1 + highwatermark[t]) - 1
    return drawdown.min()


px = pd.DataFrame({'a': close})
ret = crossover(px, 'a', lev=1)
cumret = np.cumprod(1 + ret.to_numpy()) - 1
apr = ((np.prod(1. + ret)) ** (252. / len(ret))) - 1
sharpe = math.sqrt(252.) * np.mean(ret) / np.std(ret)
print("APR {:.4f} Sharpe {:.3f}".format(apr, sharpe))
print(f"DD {calculate_max_dd(cumret):.4f}")
print(json.dumps({"apr": float(apr), "sharpe": float(sharpe), "max_dd": float(calculate_max_dd(cumret))}))
