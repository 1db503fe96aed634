# generated: day-of-week and month-of-year seasonality analysis with pandas groupby and pivot, then trade the best weekdays out of sample; json
import argparse
import json

import numpy as np
import pandas as pd

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]


def synthetic_returns(n: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2005-01-03", periods=n)
    edge = np.select([idx.dayofweek == 0, idx.dayofweek == 4], [-0.0004, 0.0005], 0.0)
    return pd.Series(rng.normal(0.0002, 0.011, n) + edge, index=idx, name="ret")


def extra_stats(r: pd.Series, periods: int = 252) -> dict:
    """A few more risk numbers: Sortino, Calmar, best/worst period and skew."""
    downside = r[r < 0]
    dd_dev = float(np.sqrt((downside ** 2).mean())) if len(downside) else 0.0
    eq = (1 + r).cumprod()
    max_dd = float((eq / eq.cummax() - 1).min())
    cagr = float(eq.iloc[-1] ** (periods / len(r)) - 1)
    return {
        "sortino": round(float(r.mean() / dd_dev * np.sqrt(periods)), 3) if dd_dev else None,
        "calmar": round(cagr / abs(max_dd), 3) if max_dd else None,
        "best_period": round(float(r.max()), 5),
        "worst_period": round(float(r.min()), 5),
        "skew": round(float(r.skew()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--split", type=float, default=0.5, help="fraction used in-sample")
    ap.add_argument("--keep", type=int, default=3, help="number of weekdays to trade")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    r = synthetic_returns(a.n, a.seed)
    df = r.to_frame()
    df["dow"] = df.index.dayofweek
    df["month"] = df.index.month
    df["year"] = df.index.year
    cut = int(len(df) * a.split)
    ins, oos = df.iloc[:cut], df.iloc[cut:]

    dow_stats = ins.groupby("dow")["ret"].agg(["mean", "std", "count"])
    dow_stats["t"] = dow_stats["mean"] / (dow_stats["std"] / np.sqrt(dow_stats["count"]))
    chosen = dow_stats["mean"].nlargest(a.keep).index.tolist()
    heat = df.pivot_table(index="year", columns="dow", values="ret", aggfunc="mean")
    by_month = df.groupby("month")["ret"].mean()

    strat = oos["ret"].where(oos["dow"].isin(chosen), 0.0)
    eq = (1 + strat).cumprod()
    bh = (1 + oos["ret"]).cumprod()
    print("in-sample t-stats:", {DAYS[d]: round(float(t), 2) for d, t in dow_stats["t"].items()})
    print(json.dumps({
        "chosen_days": [DAYS[d] for d in sorted(chosen)],
        "oos_return": round(float(eq.iloc[-1] - 1), 4),
        "oos_buy_hold": round(float(bh.iloc[-1] - 1), 4),
        "oos_sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "best_month": int(by_month.idxmax()),
        "worst_month": int(by_month.idxmin()),
        "years_friday_beats_monday": int((heat[4] > heat[0]).sum()),
        "extra": extra_stats(strat),
        "years": int(len(heat)),
    }))


if __name__ == "__main__":
    main()
