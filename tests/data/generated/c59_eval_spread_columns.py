# generated: triangular/basket spread strategy with pandas: compute spread columns with DataFrame.eval, rolling z-scores, and trade; output JSON stats
import argparse
import json

import numpy as np
import pandas as pd


def half_life(spread: pd.Series) -> float:
    """Estimate mean-reversion half-life from an AR(1) fit of spread changes on lagged level."""
    lagged = spread.shift().dropna()
    delta = spread.diff().dropna()
    slope = np.polyfit(lagged.to_numpy(), delta.to_numpy(), 1)[0]
    return float(-np.log(2) / np.log(1 + slope)) if -1 < slope < 0 else float("inf")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--window", type=int, default=40)
    ap.add_argument("--entry", type=float, default=2.0)
    ap.add_argument("--hold", type=int, default=5)
    ap.add_argument("--seed", type=int, default=81)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    n = 2000
    f1 = np.cumsum(rng.normal(0, 0.01, n))
    f2 = np.cumsum(rng.normal(0, 0.01, n))
    noise = np.zeros((n, 3))
    for t in range(1, n):
        noise[t] = 0.9 * noise[t - 1] + rng.normal(0, 0.004, 3)
    df = pd.DataFrame({
        "eurusd": np.exp(0.1 + f1 + noise[:, 0]),
        "usdjpy": np.exp(4.9 + f2 + noise[:, 1]),
        "eurjpy": np.exp(5.0 + f1 + f2 + noise[:, 2]),
    }, index=pd.bdate_range("2015-01-01", periods=n))

    df = df.eval("implied = eurusd * usdjpy")
    df = df.eval("spread = log(eurjpy) - log(implied)")
    roll = df.spread.rolling(a.window)
    df["z"] = (df.spread - roll.mean()) / roll.std()

    entries = df.index[(df.z.abs() > a.entry) & (df.z.shift().abs() <= a.entry)]
    trades = []
    for d in entries:
        i = df.index.get_loc(d)
        if i + a.hold >= n:
            break
        side = -np.sign(df.z.iloc[i])
        trades.append(side * (df.spread.iloc[i + a.hold] - df.spread.iloc[i]))
    trades = np.array(trades)
    ac1 = df.spread.diff().autocorr()
    print(f"spread std {df.spread.std():.5f}, lag-1 autocorr of changes {ac1:.3f}, {len(trades)} trades")
    print(json.dumps({
        "trades": int(len(trades)),
        "hit_rate": round(float((trades > 0).mean()), 3),
        "mean_bps": round(float(trades.mean() * 1e4), 3),
        "total_bps": round(float(trades.sum() * 1e4), 2),
        "spread_half_life_days": round(half_life(df.spread), 2),
        "z_abs_p95": round(float(df.z.abs().quantile(0.95)), 3),
    }))


if __name__ == "__main__":
    main()
