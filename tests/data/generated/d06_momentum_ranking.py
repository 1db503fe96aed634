# generated: cross-sectional momentum strategy over a synthetic universe of 30 stocks, monthly rebalance, long top decile short bottom, vectorised pandas; print json
import argparse
import json
import math

import numpy as np
import pandas as pd


def universe(n_assets: int, n_days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    mkt = rng.normal(0.0003, 0.01, n_days)
    betas = rng.uniform(0.6, 1.4, n_assets)
    alphas = rng.normal(0, 0.0004, n_assets)
    idio = rng.normal(0, 0.015, (n_days, n_assets))
    rets = mkt[:, None] * betas[None, :] + alphas[None, :] + idio
    cols = [f"S{i:02d}" for i in range(n_assets)]
    idx = pd.bdate_range("2012-01-02", periods=n_days)
    return pd.DataFrame(100 * np.exp(np.cumsum(rets, axis=0)), index=idx, columns=cols)


def momentum_scores(monthly: pd.DataFrame, lookback: int, skip: int) -> pd.DataFrame:
    return monthly.shift(skip) / monthly.shift(lookback) - 1


def build_weights(scores: pd.DataFrame, quantile: float) -> pd.DataFrame:
    ranks = scores.rank(axis=1, pct=True)
    long = (ranks >= 1 - quantile).astype(float)
    short = (ranks <= quantile).astype(float)
    long = long.div(long.sum(axis=1).replace(0, np.nan), axis=0)
    short = short.div(short.sum(axis=1).replace(0, np.nan), axis=0)
    return (long - short).fillna(0.0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=30)
    parser.add_argument("--days", type=int, default=252 * 8)
    parser.add_argument("--lookback", type=int, default=12, help="months")
    parser.add_argument("--skip", type=int, default=1, help="months skipped")
    parser.add_argument("--quantile", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()

    prices = universe(args.assets, args.days, args.seed)
    monthly = prices.resample("M").last()
    scores = momentum_scores(monthly, args.lookback, args.skip)
    weights = build_weights(scores, args.quantile)

    monthly_rets = monthly.pct_change()
    port = (weights.shift(1) * monthly_rets).sum(axis=1).iloc[args.lookback + 1:]
    turnover = weights.diff().abs().sum(axis=1).iloc[args.lookback + 1:]
    print(f"{len(port)} monthly rebalances, avg turnover {turnover.mean():.2f}")

    eq = (1 + port).cumprod()
    ann = eq.iloc[-1] ** (12 / len(port)) - 1
    vol = port.std() * math.sqrt(12)
    by_year = port.groupby(port.index.year).apply(lambda r: (1 + r).prod() - 1)

    result = {
        "ann_return": round(float(ann), 4),
        "ann_vol": round(float(vol), 4),
        "sharpe": round(float(ann / vol), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "best_month": round(float(port.max()), 4),
        "worst_month": round(float(port.min()), 4),
        "yearly": {str(y): round(float(v), 4) for y, v in by_year.items()},
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
