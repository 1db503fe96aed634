# generated: cross-sectional momentum on a universe of 30 synthetic stocks, long top decile short bottom, JSON output
import argparse
import json

import numpy as np
import pandas as pd


def universe(n_assets: int, n_days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    market = rng.normal(0.0003, 0.01, n_days)
    betas = rng.uniform(0.6, 1.4, n_assets)
    alphas = rng.normal(0, 0.0003, n_assets)
    idio = rng.normal(0, 0.015, (n_days, n_assets))
    rets = market[:, None] * betas + alphas + idio
    px = 50 * np.exp(np.cumsum(rets, axis=0))
    cols = [f"S{i:02d}" for i in range(n_assets)]
    return pd.DataFrame(px, columns=cols, index=pd.bdate_range("2014-01-01", periods=n_days))


def monthly_weights(prices: pd.DataFrame, lookback: int, skip: int, quantile: float) -> pd.DataFrame:
    monthly = prices.resample("M").last()
    mom = monthly.shift(skip) / monthly.shift(lookback) - 1
    ranks = mom.rank(axis=1, pct=True)
    long = (ranks >= 1 - quantile).astype(float)
    short = (ranks <= quantile).astype(float)
    w = long.div(long.sum(axis=1), axis=0).fillna(0) - short.div(short.sum(axis=1), axis=0).fillna(0)
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=30)
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--lookback", type=int, default=12)
    ap.add_argument("--skip", type=int, default=1)
    ap.add_argument("--quantile", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=101)
    a = ap.parse_args()

    prices = universe(a.assets, a.days, a.seed)
    w = monthly_weights(prices, a.lookback, a.skip, a.quantile)
    monthly_ret = prices.resample("M").last().pct_change()
    port = (w.shift(1) * monthly_ret).sum(axis=1).iloc[a.lookback + 1:]
    turnover = w.diff().abs().sum(axis=1).iloc[a.lookback + 1:]
    eq = (1 + port).cumprod()
    long_names = w.iloc[-1][w.iloc[-1] > 0].index.tolist()
    print(f"current longs: {', '.join(long_names)}")
    print(json.dumps({
        "months": int(len(port)),
        "ann_return": round(float((1 + port).prod() ** (12 / len(port)) - 1), 4),
        "ann_vol": round(float(port.std() * np.sqrt(12)), 4),
        "sharpe": round(float(port.mean() / port.std() * np.sqrt(12)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_turnover": round(float(turnover.mean()), 3),
        "hit_rate": round(float((port > 0).mean()), 3),
        "current_longs": long_names,
    }))


if __name__ == "__main__":
    main()
