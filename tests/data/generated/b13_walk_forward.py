# generated: walk-forward optimisation of a moving-average strategy: optimise lookback on in-sample window, test out-of-sample, report JSON
import argparse
import json
import time
from typing import List, NamedTuple

import numpy as np
import pandas as pd


class Fold(NamedTuple):
    train_start: pd.Timestamp
    train_end: pd.Timestamp
    test_end: pd.Timestamp
    best_lookback: int
    in_sample_sharpe: float
    oos_return: float


def sharpe(r: pd.Series) -> float:
    s = r.std()
    return float(r.mean() / s * np.sqrt(252)) if s and s > 0 else 0.0


def strategy_returns(close: pd.Series, lookback: int) -> pd.Series:
    ma = close.rolling(lookback).mean()
    pos = (close > ma).astype(float).where(ma.notna(), 0.0)
    return pos.shift(1).fillna(0) * close.pct_change().fillna(0)


def walk_forward(close: pd.Series, grid: List[int], train: int, test: int) -> List[Fold]:
    folds = []
    start = 0
    full = {lb: strategy_returns(close, lb) for lb in grid}  # precompute, no lookahead since signal is causal
    while start + train + test <= len(close):
        tr = slice(start, start + train)
        te = slice(start + train, start + train + test)
        scores = {lb: sharpe(full[lb].iloc[tr]) for lb in grid}
        best = max(scores, key=scores.get)
        oos = full[best].iloc[te]
        folds.append(Fold(close.index[start], close.index[start + train - 1],
                          close.index[start + train + test - 1], best, scores[best],
                          float((1 + oos).prod() - 1)))
        start += test
    return folds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--train", type=int, default=504)
    ap.add_argument("--test", type=int, default=126)
    ap.add_argument("--grid", type=int, nargs="*", default=[10, 20, 50, 100, 150, 200])
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()

    t0 = time.perf_counter()
    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.01, args.n))),
                      index=pd.bdate_range("2011-01-03", periods=args.n))
    folds = walk_forward(close, args.grid, args.train, args.test)
    for f in folds:
        print(f"{f.train_end.date()} -> {f.test_end.date()}: lb={f.best_lookback:>3} "
              f"IS={f.in_sample_sharpe:+.2f} OOS={f.oos_return:+.2%}")

    oos = np.array([f.oos_return for f in folds])
    chosen = pd.Series([f.best_lookback for f in folds]).value_counts().to_dict()
    print(json.dumps({
        "folds": len(folds),
        "oos_compounded": round(float(np.prod(1 + oos) - 1), 4),
        "oos_mean_fold": round(float(oos.mean()), 4),
        "oos_positive_folds": int((oos > 0).sum()),
        "mean_is_sharpe": round(float(np.mean([f.in_sample_sharpe for f in folds])), 3),
        "lookback_counts": {str(k): int(v) for k, v in chosen.items()},
        "seconds": round(time.perf_counter() - t0, 3),
    }))


if __name__ == "__main__":
    main()
