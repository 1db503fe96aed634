# generated: walk-forward optimisation of a momentum lookback with in-sample/out-of-sample windows, json output
import argparse
import json
from dataclasses import dataclass, field
from typing import List

import numpy as np
import pandas as pd


@dataclass
class Fold:
    train_start: pd.Timestamp
    test_start: pd.Timestamp
    test_end: pd.Timestamp
    best_lookback: int
    in_sample_sharpe: float
    oos_returns: pd.Series = field(repr=False)

    @property
    def oos_sharpe(self) -> float:
        r = self.oos_returns
        return float(r.mean() / r.std() * np.sqrt(252)) if r.std() > 0 else 0.0

    def to_dict(self) -> dict:
        return {
            "test_start": self.test_start.strftime("%Y-%m-%d"),
            "lookback": self.best_lookback,
            "is_sharpe": round(self.in_sample_sharpe, 3),
            "oos_sharpe": round(self.oos_sharpe, 3),
        }


def momentum_returns(close: pd.Series, lookback: int) -> pd.Series:
    sig = np.sign(close.pct_change(lookback)).shift(1)
    return (sig * close.pct_change()).fillna(0)


def sharpe(r: pd.Series) -> float:
    sd = r.std()
    return float(r.mean() / sd * np.sqrt(252)) if sd > 0 else -np.inf


def walk_forward(close: pd.Series, lookbacks: List[int], train: int, test: int) -> List[Fold]:
    folds = []
    all_rets = {lb: momentum_returns(close, lb) for lb in lookbacks}
    start = 0
    while start + train + test <= len(close):
        tr = slice(start, start + train)
        te = slice(start + train, start + train + test)
        scores = {lb: sharpe(all_rets[lb].iloc[tr]) for lb in lookbacks}
        best = max(scores, key=scores.get)
        folds.append(Fold(
            train_start=close.index[tr.start],
            test_start=close.index[te.start],
            test_end=close.index[te.stop - 1],
            best_lookback=best,
            in_sample_sharpe=scores[best],
            oos_returns=all_rets[best].iloc[te],
        ))
        start += test
    return folds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=int, default=504)
    ap.add_argument("--test", type=int, default=126)
    ap.add_argument("--lookbacks", type=int, nargs="+", default=[10, 20, 40, 60, 120, 250])
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=31)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    drift = np.sin(np.linspace(0, 12, a.n)) * 0.0008
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(drift, 0.01))),
                      index=pd.bdate_range("2008-01-01", periods=a.n))
    folds = walk_forward(close, a.lookbacks, a.train, a.test)
    oos = pd.concat([f.oos_returns for f in folds])
    eq = (1 + oos).cumprod()
    for f in folds[:3]:
        print(f)
    print(json.dumps({
        "folds": len(folds),
        "oos_sharpe": round(sharpe(oos), 3),
        "oos_total_return": round(float(eq.iloc[-1] - 1), 4),
        "avg_is_sharpe": round(float(np.mean([f.in_sample_sharpe for f in folds])), 3),
        "lookback_counts": pd.Series([f.best_lookback for f in folds]).value_counts().sort_index().to_dict(),
        "detail": [f.to_dict() for f in folds],
    }))


if __name__ == "__main__":
    main()
