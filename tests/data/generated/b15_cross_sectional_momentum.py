# generated: cross-sectional momentum across 20 synthetic stocks, long top quintile short bottom quintile, monthly rebalance, pandas groupby/pivot, JSON output
import argparse
import json

import numpy as np
import pandas as pd


def make_panel(n_stocks, n_days, seed):
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2012-01-02", periods=n_days)
    tickers = [f"S{i:02d}" for i in range(n_stocks)]
    alpha = rng.normal(0, 0.0003, n_stocks)
    market = rng.normal(0.0003, 0.01, n_days)
    betas = rng.uniform(0.6, 1.4, n_stocks)
    idio = rng.normal(0, 0.015, (n_days, n_stocks))
    rets = market[:, None] * betas + alpha + idio
    prices = 50 * np.exp(np.cumsum(rets, axis=0))
    long_df = pd.DataFrame(prices, index=dates, columns=tickers).stack().rename("close").reset_index()
    long_df.columns = ["date", "ticker", "close"]
    return long_df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stocks", type=int, default=20)
    ap.add_argument("--days", type=int, default=2000)
    ap.add_argument("--lookback-months", type=int, default=12)
    ap.add_argument("--skip-months", type=int, default=1)
    ap.add_argument("--quantiles", type=int, default=5)
    ap.add_argument("--seed", type=int, default=10)
    args = ap.parse_args()

    panel = make_panel(args.stocks, args.days, args.seed)
    wide = panel.pivot(index="date", columns="ticker", values="close")
    monthly = wide.resample("M").last()
    mret = monthly.pct_change()
    mom = monthly.shift(args.skip_months) / monthly.shift(args.lookback_months) - 1

    stacked = pd.concat({"mom": mom.stack(), "fwd": mret.shift(-1).stack()}, axis=1).dropna()
    stacked.index.names = ["month", "ticker"]
    stacked["bucket"] = stacked.groupby(level="month")["mom"].transform(
        lambda s: pd.qcut(s.rank(method="first"), args.quantiles, labels=False))

    bucket_ret = stacked.groupby(["month", "bucket"])["fwd"].mean().unstack("bucket")
    ls = bucket_ret[args.quantiles - 1] - bucket_ret[0]
    eq = (1 + ls).cumprod()
    print(bucket_ret.mean().mul(100).round(3).to_string())

    out = {
        "months": int(len(ls)),
        "long_short_ann_return": round(float(ls.mean() * 12), 4),
        "long_short_ann_vol": round(float(ls.std() * np.sqrt(12)), 4),
        "sharpe": round(float(ls.mean() / ls.std() * np.sqrt(12)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "bucket_mean_monthly": {int(k): round(float(v), 5) for k, v in bucket_ret.mean().items()},
        "hit_rate": round(float((ls > 0).mean()), 3),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
