# generated: momentum + low-volatility factor blend on synthetic stocks, print a nicely formatted text report with str.format/f-string alignment, then a JSON line with the stats
import argparse
import json
import statistics

import numpy as np
import pandas as pd

ROW = "{name:<14}{ann:>10.2%}{vol:>10.2%}{sharpe:>9.2f}{mdd:>10.2%}"


def perf(r: pd.Series) -> dict:
    eq = (1 + r).cumprod()
    return {
        "ann": r.mean() * 252,
        "vol": r.std() * np.sqrt(252),
        "sharpe": r.mean() / r.std() * np.sqrt(252),
        "mdd": (eq / eq.cummax() - 1).min(),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stocks", type=int, default=60)
    ap.add_argument("--days", type=int, default=2000)
    ap.add_argument("--blend", type=float, default=0.5, help="weight on momentum vs low-vol")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--seed", type=int, default=4141)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    vols = rng.uniform(0.01, 0.03, args.stocks)
    rets = pd.DataFrame(rng.normal(0.0003, 1, (args.days, args.stocks)) * vols,
                        index=pd.bdate_range("2015-01-01", periods=args.days),
                        columns=[f"S{i:02d}" for i in range(args.stocks)])
    prices = (1 + rets).cumprod()
    month_end = prices.resample("M").last()
    mom = month_end.pct_change(12).shift(1)
    lowvol = -rets.rolling(126).std().resample("M").last()
    score = args.blend * mom.rank(axis=1, pct=True) + (1 - args.blend) * lowvol.rank(axis=1, pct=True)

    picks = score.apply(lambda row: row.nlargest(args.top).index.tolist() if row.notna().sum() > args.top else [],
                        axis=1)
    daily_w = pd.DataFrame(0.0, index=rets.index, columns=rets.columns)
    for d, names in picks.items():
        if names:
            nxt = rets.index[rets.index > d]
            period = nxt[(nxt.month == nxt[0].month) & (nxt.year == nxt[0].year)] if len(nxt) else nxt
            daily_w.loc[period, names] = 1 / len(names)
    strat = (daily_w * rets).sum(axis=1)
    strat = strat[daily_w.sum(axis=1) > 0]
    ew = rets.mean(axis=1).loc[strat.index]

    table = {"blend": perf(strat), "equal_weight": perf(ew), "active": perf(strat - ew)}
    header = "{:<14}{:>10}{:>10}{:>9}{:>10}".format("portfolio", "ann", "vol", "sharpe", "maxdd")
    print(header)
    print("-" * len(header))
    for name, st in table.items():
        print(ROW.format(name=name, **st))
    holding_counts = pd.Series([n for names in picks for n in names]).value_counts()
    print(json.dumps({
        name: {k: round(float(v), 4) for k, v in st.items()} for name, st in table.items()
    } | {
        "months_invested": int(sum(1 for p in picks if p)),
        "median_holding_months": statistics.median(holding_counts.tolist()),
    }))


if __name__ == "__main__":
    main()
