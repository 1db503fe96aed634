# generated: walk-forward optimisation of a momentum lookback: optimise on train window, test out-of-sample, roll forward, print JSON
import argparse
import json
import time
from dataclasses import dataclass, asdict
from typing import Iterator, List, Tuple

import numpy as np
import pandas as pd


@dataclass
class Fold:
    train_start: str
    test_start: str
    test_end: str
    best_lookback: int
    in_sample_sharpe: float
    out_sample_sharpe: float


def synthetic_close(n: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    # momentum-friendly: autocorrelated returns
    eps = rng.normal(0, 0.01, n)
    r = np.empty(n)
    r[0] = eps[0]
    for i in range(1, n):
        r[i] = 0.05 * r[i - 1] + eps[i] + 0.0002
    return pd.Series(100 * np.exp(np.cumsum(r)), index=pd.bdate_range("2008-01-01", periods=n))


def sharpe(r: pd.Series) -> float:
    sd = r.std()
    return float(r.mean() / sd * np.sqrt(252)) if sd and not np.isnan(sd) else 0.0


def strategy_returns(close: pd.Series, lookback: int) -> pd.Series:
    signal = np.sign(close.pct_change(lookback))
    return signal.shift(1).fillna(0) * close.pct_change().fillna(0)


def folds(index: pd.DatetimeIndex, train: int, test: int) -> Iterator[Tuple[slice, slice]]:
    start = 0
    while start + train + test <= len(index):
        yield slice(start, start + train), slice(start + train, start + train + test)
        start += test


def walk_forward(close: pd.Series, grid: List[int], train: int, test: int) -> Tuple[List[Fold], pd.Series]:
    all_rets = {lb: strategy_returns(close, lb) for lb in grid}
    results: List[Fold] = []
    oos_pieces = []
    for tr, te in folds(close.index, train, test):
        scores = {lb: sharpe(all_rets[lb].iloc[tr]) for lb in grid}
        best = max(scores, key=scores.get)
        oos = all_rets[best].iloc[te]
        oos_pieces.append(oos)
        results.append(Fold(
            train_start=str(close.index[tr.start].date()),
            test_start=str(close.index[te.start].date()),
            test_end=str(close.index[te.stop - 1].date()),
            best_lookback=best,
            in_sample_sharpe=round(scores[best], 3),
            out_sample_sharpe=round(sharpe(oos), 3),
        ))
    return results, pd.concat(oos_pieces)


def main() -> None:
    ap = argparse.ArgumentParser(description="Walk-forward momentum optimisation")
    ap.add_argument("--bars", type=int, default=3000)
    ap.add_argument("--train", type=int, default=504)
    ap.add_argument("--test", type=int, default=126)
    ap.add_argument("--grid", type=int, nargs="+", default=[5, 10, 20, 40, 60, 120, 250])
    ap.add_argument("--seed", type=int, default=31)
    args = ap.parse_args()

    start = time.perf_counter()
    close = synthetic_close(args.bars, args.seed)
    fold_results, oos = walk_forward(close, args.grid, args.train, args.test)
    for f in fold_results[:5]:
        print(f"{f.test_start}..{f.test_end} lookback={f.best_lookback:<4d} IS={f.in_sample_sharpe:+.2f} OOS={f.out_sample_sharpe:+.2f}")
    is_mean = np.mean([f.in_sample_sharpe for f in fold_results])
    print(json.dumps({
        "folds": len(fold_results),
        "oos_sharpe": round(sharpe(oos), 3),
        "mean_is_sharpe": round(float(is_mean), 3),
        "oos_total_return": round(float((1 + oos).prod() - 1), 4),
        "lookback_counts": pd.Series([f.best_lookback for f in fold_results]).value_counts().sort_index().to_dict(),
        "last_fold": asdict(fold_results[-1]),
        "elapsed_s": round(time.perf_counter() - start, 3),
    }, default=int))


if __name__ == "__main__":
    main()
