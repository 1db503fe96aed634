# generated: analyse day-of-week and month-of-year seasonality with pandas groupby and trade the best months, JSON stats
import argparse
import json

import numpy as np
import pandas as pd


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--years", type=int, default=15)
    ap.add_argument("--train-years", type=int, default=8)
    ap.add_argument("--top-months", type=int, default=6)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    idx = pd.bdate_range("2005-01-03", periods=252 * args.years)
    month_effect = pd.Series(rng.normal(0, 0.0006, 12), index=range(1, 13))
    dow_effect = pd.Series([0.0004, -0.0002, 0.0, 0.0001, 0.0003], index=range(5))
    base = rng.normal(0.0002, 0.011, len(idx))
    rets = pd.Series(base + month_effect.reindex(idx.month).to_numpy() + dow_effect.reindex(idx.dayofweek).to_numpy(),
                     index=idx, name="ret")

    df = rets.to_frame()
    df["year"] = df.index.year
    df["month"] = df.index.month
    df["dow"] = df.index.day_name()

    split_year = df.year.min() + args.train_years
    train = df[df.year < split_year]
    test = df[df.year >= split_year]

    by_month = train.groupby("month")["ret"].agg(["mean", "std", "count"])
    by_month["t"] = by_month["mean"] / (by_month["std"] / np.sqrt(by_month["count"]))
    by_dow = train.groupby("dow")["ret"].mean().reindex(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    pivot = train.pivot_table(index="year", columns="month", values="ret", aggfunc="sum")
    hit = (pivot > 0).mean()

    best_months = by_month["t"].nlargest(args.top_months).index.tolist()
    print("training month t-stats:", by_month["t"].round(2).to_dict())
    print("training dow means (bps):", (by_dow * 1e4).round(2).to_dict())

    in_mkt = test.month.isin(best_months)
    strat = test.ret.where(in_mkt, 0.0)
    eq_s = (1 + strat).cumprod()
    eq_b = (1 + test.ret).cumprod()
    yearly = pd.DataFrame({"strategy": strat, "bench": test.ret}).groupby(test.year).apply(lambda g: (1 + g).prod() - 1)

    print(json.dumps({
        "best_months": [int(m) for m in sorted(best_months)],
        "month_hit_rates": {int(k): round(float(v), 2) for k, v in hit.items()},
        "test_strategy_total": round(float(eq_s.iloc[-1] - 1), 4),
        "test_bench_total": round(float(eq_b.iloc[-1] - 1), 4),
        "test_strategy_sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "years_beating_bench": int((yearly.strategy > yearly.bench).sum()),
        "test_years": int(len(yearly)),
        "time_in_market": round(float(in_mkt.mean()), 3),
    }))


if __name__ == "__main__":
    main()
