# generated: Bollinger band breakout/reversion strategy, choose mode via argparse, output JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


MODES = ("reversion", "breakout")


def bollinger(close, window, k):
    mid = close.rolling(window).mean()
    sd = close.rolling(window).std(ddof=0)
    return mid, mid + k * sd, mid - k * sd


def signals(close, window, k, mode):
    mid, upper, lower = bollinger(close, window, k)
    pos = pd.Series(np.nan, index=close.index)
    if mode == "reversion":
        pos[close < lower] = 1
        pos[close > upper] = -1
        crossed_mid = np.sign(close - mid) != np.sign(close.shift(1) - mid.shift(1))
        pos[crossed_mid & pos.isna()] = 0
    else:
        pos[close > upper] = 1
        pos[close < lower] = -1
        pos[(close < mid) & (close.shift(1) >= mid.shift(1))] = 0
    return pos.ffill().fillna(0)


def stats(returns):
    eq = (1 + returns).cumprod()
    n = len(returns)
    mu = returns.mean() * 252
    sd = returns.std() * math.sqrt(252)
    downside = returns[returns < 0].std() * math.sqrt(252)
    dd = (eq / eq.cummax() - 1).min()
    cagr = eq.iloc[-1] ** (252 / n) - 1
    return {
        "cagr": round(float(cagr), 4),
        "vol": round(float(sd), 4),
        "sharpe": round(float(mu / sd), 3) if sd else None,
        "sortino": round(float(mu / downside), 3) if downside else None,
        "max_dd": round(float(dd), 4),
        "calmar": round(float(cagr / abs(dd)), 3) if dd else None,
    }


def main():
    p = argparse.ArgumentParser(description="Bollinger band strategy")
    p.add_argument("--mode", choices=MODES, default="reversion")
    p.add_argument("--window", type=int, default=20)
    p.add_argument("--k", type=float, default=2.0)
    p.add_argument("--bars", type=int, default=1500)
    p.add_argument("--seed", type=int, default=11)
    a = p.parse_args()

    np.random.seed(a.seed)
    idx = pd.bdate_range("2018-01-02", periods=a.bars)
    close = pd.Series(100 * np.exp(np.random.randn(a.bars).cumsum() * 0.012), index=idx)

    out = {}
    for mode in MODES:
        pos = signals(close, a.window, a.k, mode)
        r = close.pct_change().fillna(0) * pos.shift(1).fillna(0)
        out[mode] = stats(r)
        print("mode={:<10s} cagr={:>7.2%} sharpe={}".format(mode, out[mode]["cagr"], out[mode]["sharpe"]))
    out["selected"] = a.mode
    out["selected_stats"] = out[a.mode]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
