# generated: compare dollar cost averaging with lump sum investing over many random start dates on synthetic monthly prices; use decimal for cash and print JSON summary
import argparse
import json
import random
from decimal import Decimal, getcontext

import numpy as np
import pandas as pd

getcontext().prec = 28


def monthly_prices(years: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    months = years * 12
    r = rng.normal(0.007, 0.045, months)
    return pd.Series(100 * np.cumprod(1 + r), index=pd.date_range("1990-01-31", periods=months, freq="M"))


def lump_sum(prices: pd.Series, amount: Decimal) -> Decimal:
    units = amount / Decimal(str(prices.iloc[0]))
    return units * Decimal(str(prices.iloc[-1]))


def dca(prices: pd.Series, amount: Decimal, n_months: int) -> Decimal:
    per = amount / n_months
    units = Decimal(0)
    cash = amount
    for p in prices.iloc[:n_months]:
        units += per / Decimal(str(p))
        cash -= per
    return units * Decimal(str(prices.iloc[-1])) + cash


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--years", type=int, default=40)
    ap.add_argument("--horizon", type=int, default=120, help="months held")
    ap.add_argument("--dca-months", type=int, default=12)
    ap.add_argument("--amount", type=Decimal, default=Decimal("120000"))
    ap.add_argument("--trials", type=int, default=200)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()

    prices = monthly_prices(a.years, a.seed)
    rnd = random.Random(a.seed)
    starts = rnd.sample(range(len(prices) - a.horizon), k=min(a.trials, len(prices) - a.horizon))

    rows = []
    for s in sorted(starts):
        window = prices.iloc[s:s + a.horizon]
        ls = lump_sum(window, a.amount)
        dc = dca(window, a.amount, a.dca_months)
        rows.append({"start": window.index[0], "lump": float(ls), "dca": float(dc)})
    df = pd.DataFrame(rows).set_index("start")
    df["diff_pct"] = (df["lump"] / df["dca"] - 1) * 100
    by_decade = df.groupby((df.index.year // 10) * 10)["diff_pct"].mean()

    print(df.describe().round(2).to_string())
    print(json.dumps({
        "trials": len(df),
        "lump_sum_wins": round(float((df["lump"] > df["dca"]).mean()), 3),
        "median_lump": round(float(df["lump"].median()), 2),
        "median_dca": round(float(df["dca"].median()), 2),
        "avg_diff_pct": round(float(df["diff_pct"].mean()), 2),
        "by_decade_diff_pct": {f"{int(k)}s": round(float(v), 2) for k, v in by_decade.items()},
        "amount": str(a.amount),
    }))


if __name__ == "__main__":
    main()
