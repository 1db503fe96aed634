# generated: scan all pairs in a synthetic universe for cointegration with a simple Engle-Granger ADF-style test implemented in numpy, pick the best pairs and backtest them; print JSON
import argparse
import itertools
import json
import math
from collections import namedtuple

import numpy as np
import pandas as pd

PairResult = namedtuple("PairResult", "a b beta tstat half_life")


def universe(n, days, rng):
    factors = np.cumsum(rng.normal(0, 1, (days, 3)), axis=0)
    load = rng.integers(0, 3, n)
    cols = {}
    for i in range(n):
        noise = np.zeros(days)
        phi = rng.uniform(0.8, 0.995)
        for t in range(1, days):
            noise[t] = phi * noise[t - 1] + rng.normal(0, 0.7)
        cols[f"T{i:02d}"] = 50 + rng.uniform(0.5, 2) * factors[:, load[i]] + noise
    return pd.DataFrame(cols, index=pd.bdate_range("2016-01-01", periods=days))


def adf_tstat(resid: np.ndarray) -> float:
    dy = np.diff(resid)
    y = resid[:-1]
    X = np.column_stack([y, np.ones_like(y)])
    coef, res, *_ = np.linalg.lstsq(X, dy, rcond=None)
    sigma2 = np.sum((dy - X @ coef) ** 2) / (len(dy) - 2)
    se = math.sqrt(sigma2 * np.linalg.inv(X.T @ X)[0, 0])
    return coef[0] / se


def test_pair(df, a, b):
    y, x = df[a].values, df[b].values
    beta = np.polyfit(x, y, 1)[0]
    resid = y - beta * x
    t = adf_tstat(resid)
    lag = resid[:-1] - resid[:-1].mean()
    phi = np.dot(lag, resid[1:] - resid[1:].mean()) / np.dot(lag, lag)
    hl = -math.log(2) / math.log(phi) if 0 < phi < 1 else math.inf
    return PairResult(a, b, beta, t, hl)


def backtest_pair(df, p: PairResult, window=40, entry=2.0):
    spread = df[p.a] - p.beta * df[p.b]
    z = (spread - spread.rolling(window).mean()) / spread.rolling(window).std()
    pos = pd.Series(np.where(z > entry, -1, np.where(z < -entry, 1, np.nan)), index=df.index)
    pos[(z.abs() < 0.3)] = 0
    pos = pos.ffill().fillna(0).shift(1).fillna(0)
    pnl = pos * spread.diff().fillna(0)
    return pnl


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=12)
    ap.add_argument("--days", type=int, default=1200)
    ap.add_argument("--critical", type=float, default=-3.37, help="approx 5% EG critical value")
    ap.add_argument("--top", type=int, default=3)
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    df = universe(a.assets, a.days, rng)
    form, trade = df.iloc[: a.days // 2], df.iloc[a.days // 2:]
    tests = [test_pair(form, x, y) for x, y in itertools.combinations(df.columns, 2)]
    passing = sorted((t for t in tests if t.tstat < a.critical), key=lambda t: t.tstat)
    print(f"tested {len(tests)} pairs, {len(passing)} pass at t < {a.critical}")
    chosen = passing[: a.top]
    pnls = {f"{p.a}/{p.b}": backtest_pair(trade, p) for p in chosen}
    book = pd.concat(pnls, axis=1).sum(axis=1) if pnls else pd.Series(0.0, index=trade.index)
    cum = book.cumsum()
    print(json.dumps({
        "pairs_tested": len(tests),
        "pairs_passing": len(passing),
        "chosen": [{"pair": f"{p.a}/{p.b}", "beta": round(p.beta, 3), "t": round(p.tstat, 2),
                    "half_life": round(p.half_life, 1)} for p in chosen],
        "pair_pnl": {k: round(float(v.sum()), 2) for k, v in pnls.items()},
        "book_pnl": round(float(cum.iloc[-1]), 2),
        "book_sharpe": round(float(book.mean() / book.std() * math.sqrt(252)), 3) if book.std() > 0 else None,
        "book_max_dd": round(float((cum - cum.cummax()).min()), 2),
    }))


if __name__ == "__main__":
    main()
