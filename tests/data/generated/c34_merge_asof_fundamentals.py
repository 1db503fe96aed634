# generated: value + momentum factor strategy combining quarterly synthetic fundamentals with daily prices via pandas merge_asof, print JSON
import argparse
import json

import numpy as np
import pandas as pd


def make_prices(tickers, days, seed):
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2016-01-04", periods=days)
    frames = []
    for i, t in enumerate(tickers):
        px = 50 * np.exp(np.cumsum(rng.normal(0.0002 + 0.00005 * (i % 3), 0.015, days)))
        frames.append(pd.DataFrame({"date": dates, "ticker": t, "close": px}))
    return pd.concat(frames, ignore_index=True)


def make_fundamentals(tickers, seed):
    rng = np.random.default_rng(seed + 1)
    q_ends = pd.date_range("2015-12-31", "2022-12-31", freq="Q")
    rows = []
    for t in tickers:
        eps = rng.uniform(1, 5)
        for q in q_ends:
            eps *= 1 + rng.normal(0.01, 0.08)
            # reported ~45 days after quarter end
            rows.append({"report_date": q + pd.Timedelta(days=45), "ticker": t, "eps_ttm": eps * 4})
    return pd.DataFrame(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n-tickers", type=int, default=30)
    ap.add_argument("--days", type=int, default=1500)
    ap.add_argument("--value-weight", type=float, default=0.5)
    ap.add_argument("--quantile", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=88)
    a = ap.parse_args()

    tickers = [f"CO{i:02d}" for i in range(a.n_tickers)]
    px = make_prices(tickers, a.days, a.seed).sort_values("date")
    fund = make_fundamentals(tickers, a.seed).sort_values("report_date")

    df = pd.merge_asof(px, fund, left_on="date", right_on="report_date", by="ticker", direction="backward")
    df = df.dropna(subset=["eps_ttm"]).sort_values(["ticker", "date"])
    df["ey"] = df.eps_ttm / df.close
    df["mom"] = df.groupby("ticker")["close"].pct_change(126)
    df["fwd21"] = df.groupby("ticker")["close"].shift(-21) / df.close - 1

    month_ends = df.groupby(df.date.dt.to_period("M"))["date"].max()
    snap = df[df.date.isin(month_ends)].dropna(subset=["mom", "fwd21"]).copy()
    snap["value_rank"] = snap.groupby("date")["ey"].rank(pct=True)
    snap["mom_rank"] = snap.groupby("date")["mom"].rank(pct=True)
    snap["score"] = a.value_weight * snap.value_rank + (1 - a.value_weight) * snap.mom_rank

    def long_short(g):
        lo = g.score.quantile(a.quantile)
        hi = g.score.quantile(1 - a.quantile)
        return g.loc[g.score >= hi, "fwd21"].mean() - g.loc[g.score <= lo, "fwd21"].mean()

    ls = snap.groupby("date").apply(long_short)
    eq = (1 + ls).cumprod()
    print(f"merged rows: {len(df)}, monthly snapshots: {snap.date.nunique()}")
    print(json.dumps({
        "months": int(len(ls)),
        "mean_monthly_ls": round(float(ls.mean()), 5),
        "ann_sharpe": round(float(ls.mean() / ls.std() * np.sqrt(12)), 3),
        "total": round(float(eq.iloc[-1] - 1), 4),
        "hit_rate": round(float((ls > 0).mean()), 3),
        "avg_earnings_yield": round(float(snap.ey.mean()), 4),
    }))


if __name__ == "__main__":
    main()
