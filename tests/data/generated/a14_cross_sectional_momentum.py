# generated: cross-sectional momentum on a universe of 30 synthetic stocks, monthly rebalance long top decile short bottom, pandas, json output
import argparse
import json

import numpy as np
import pandas as pd


def universe(n_stocks: int, n_days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    market = rng.normal(0.0003, 0.01, n_days)
    betas = rng.uniform(0.5, 1.5, n_stocks)
    alpha = rng.normal(0, 0.0003, n_stocks)
    idio = rng.normal(0, 0.015, (n_days, n_stocks))
    rets = alpha + np.outer(market, betas) + idio
    cols = [f"S{i:02d}" for i in range(n_stocks)]
    idx = pd.bdate_range("2011-01-03", periods=n_days)
    return pd.DataFrame(100 * np.exp(np.cumsum(rets, axis=0)), index=idx, columns=cols)


def monthly_momentum(prices: pd.DataFrame, lookback: int, skip: int) -> pd.DataFrame:
    monthly = prices.resample("M").last()
    return monthly.shift(skip) / monthly.shift(lookback) - 1


def build_weights(scores: pd.DataFrame, quantile: float) -> pd.DataFrame:
    ranks = scores.rank(axis=1, pct=True)
    long = (ranks >= 1 - quantile).astype(float)
    short = (ranks <= quantile).astype(float)
    long = long.div(long.sum(axis=1).replace(0, np.nan), axis=0)
    short = short.div(short.sum(axis=1).replace(0, np.nan), axis=0)
    return (long - short).fillna(0)


def main():
    ap = argparse.ArgumentParser(description="Cross-sectional momentum")
    ap.add_argument("--stocks", type=int, default=30)
    ap.add_argument("--days", type=int, default=252 * 10)
    ap.add_argument("--lookback", type=int, default=12, help="months")
    ap.add_argument("--skip", type=int, default=1, help="months skipped")
    ap.add_argument("--quantile", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=10)
    args = ap.parse_args()

    px = universe(args.stocks, args.days, args.seed)
    scores = monthly_momentum(px, args.lookback, args.skip)
    weights = build_weights(scores, args.quantile)
    monthly_rets = px.resample("M").last().pct_change()
    port = (weights.shift(1) * monthly_rets).sum(axis=1).iloc[args.lookback + 1:]
    turnover = weights.diff().abs().sum(axis=1).iloc[args.lookback + 1:].mean()

    # long/short leg attribution
    long_leg = (weights.clip(lower=0).shift(1) * monthly_rets).sum(axis=1).iloc[args.lookback + 1:]
    short_leg = (weights.clip(upper=0).shift(1) * monthly_rets).sum(axis=1).iloc[args.lookback + 1:]
    eq = (1 + port).cumprod()
    top_holdings = weights.iloc[-1].sort_values(ascending=False).head(3)
    print(f"months={len(port)} last long book: {', '.join(top_holdings.index)}")
    print(json.dumps({
        "ann_return": round(float((eq.iloc[-1]) ** (12 / len(port)) - 1), 4),
        "ann_vol": round(float(port.std() * np.sqrt(12)), 4),
        "sharpe": round(float(port.mean() / port.std() * np.sqrt(12)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_monthly_turnover": round(float(turnover), 3),
        "long_leg_mean": round(float(long_leg.mean()), 5),
        "short_leg_mean": round(float(short_leg.mean()), 5),
    }))


if __name__ == "__main__":
    main()
