# generated: walk-forward optimisation of a Bollinger reversion lookback, rolling train/test windows, output out-of-sample stats as JSON
from __future__ import annotations

import argparse
import json
from typing import Iterator, NamedTuple

import numpy as np
import pandas as pd


class Fold(NamedTuple):
    train_start: int
    train_end: int
    test_end: int


def folds(n: int, train: int, test: int) -> Iterator[Fold]:
    start = 0
    while start + train + test <= n:
        yield Fold(start, start + train, start + train + test)
        start += test


def strategy_returns(close: pd.Series, window: int, k: float) -> pd.Series:
    m = close.rolling(window).mean()
    s = close.rolling(window).std()
    z = (close - m) / s
    pos = (-z.clip(-k, k) / k).fillna(0)
    return pos.shift().fillna(0) * close.pct_change().fillna(0)


def sharpe(r: pd.Series) -> float:
    sd = r.std()
    return float(r.mean() / sd * np.sqrt(252)) if sd > 0 else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=int, default=500)
    ap.add_argument("--test", type=int, default=125)
    ap.add_argument("--windows", type=int, nargs="*", default=[10, 15, 20, 30, 40, 60])
    ap.add_argument("--k", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=4)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    n = 3000
    x = np.zeros(n)
    for i in range(1, n):
        x[i] = 0.97 * x[i - 1] + rng.normal(0, 0.01)
    close = pd.Series(100 * np.exp(x + np.cumsum(rng.normal(0, 0.004, n))),
                      index=pd.bdate_range("2012-01-02", periods=n))

    # precompute full-history returns per window; slicing keeps it causal since rolling is backward-looking
    cache = {w: strategy_returns(close, w, args.k) for w in args.windows}

    oos = []
    chosen = []
    for f in folds(n, args.train, args.test):
        scores = {w: sharpe(r.iloc[f.train_start:f.train_end]) for w, r in cache.items()}
        best = max(scores, key=scores.get)
        chosen.append({"fold_start": str(close.index[f.train_end].date()), "window": best,
                       "is_sharpe": round(scores[best], 3)})
        oos.append(cache[best].iloc[f.train_end:f.test_end])
        print(f"fold {len(chosen):2d}: best window={best:3d} in-sample sharpe={scores[best]:.2f}")

    oos_r = pd.concat(oos)
    eq = (1 + oos_r).cumprod()
    is_mean = np.mean([c["is_sharpe"] for c in chosen])
    print(json.dumps({
        "n_folds": len(chosen),
        "oos_sharpe": round(sharpe(oos_r), 3),
        "mean_is_sharpe": round(float(is_mean), 3),
        "oos_total_return": round(float(eq.iloc[-1] - 1), 4),
        "oos_max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "window_counts": pd.Series([c["window"] for c in chosen]).value_counts().sort_index().to_dict(),
        "folds": chosen[-3:],
    }))


if __name__ == "__main__":
    main()
