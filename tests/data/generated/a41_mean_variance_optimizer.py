# generated: mean-variance optimal portfolio with numpy linear algebra (tangency portfolio and min-variance with shrinkage), backtest with quarterly rebalancing, JSON
import argparse
import json

import numpy as np
import pandas as pd


def assets(n_assets: int, n_days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    A = rng.normal(0, 1, (n_assets, n_assets))
    cov = (A @ A.T) / n_assets * (0.2 ** 2 / 252)
    mu = rng.uniform(0.02, 0.10, n_assets) / 252
    r = rng.multivariate_normal(mu, cov, n_days)
    return pd.DataFrame(r, columns=[f"asset_{i}" for i in range(n_assets)], index=pd.bdate_range("2012-01-02", periods=n_days))


def ledoit_wolf_like(sample: np.ndarray, delta: float) -> np.ndarray:
    target = np.eye(sample.shape[0]) * np.trace(sample) / sample.shape[0]
    return (1 - delta) * sample + delta * target


def min_variance(cov: np.ndarray) -> np.ndarray:
    ones = np.ones(cov.shape[0])
    w = np.linalg.solve(cov, ones)
    return w / w.sum()


def tangency(mu: np.ndarray, cov: np.ndarray, rf: float = 0.0) -> np.ndarray:
    w = np.linalg.solve(cov, mu - rf)
    return w / np.abs(w).sum()


def long_only_clip(w: np.ndarray) -> np.ndarray:
    w = np.clip(w, 0, None)
    return w / w.sum() if w.sum() > 0 else np.ones_like(w) / len(w)


def backtest(rets: pd.DataFrame, method: str, lookback: int, shrink: float, long_only: bool) -> pd.Series:
    rebal = rets.resample("Q").last().index
    out = []
    w = np.ones(rets.shape[1]) / rets.shape[1]
    next_rebal = iter(rebal)
    target_date = next(next_rebal)
    for i, (ts, row) in enumerate(rets.iterrows()):
        if ts >= target_date and i >= lookback:
            window = rets.iloc[i - lookback:i].values
            cov = ledoit_wolf_like(np.cov(window, rowvar=False), shrink)
            if method == "minvar":
                w = min_variance(cov)
            elif method == "tangency":
                w = tangency(window.mean(axis=0), cov)
            else:
                w = np.ones(rets.shape[1]) / rets.shape[1]
            if long_only:
                w = long_only_clip(w)
            target_date = next(next_rebal, pd.Timestamp.max)
        out.append(float(row.values @ w))
        # drift weights
        w = w * (1 + row.values)
        w = w / w.sum() if w.sum() != 0 else w
    return pd.Series(out, index=rets.index)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=8)
    ap.add_argument("--days", type=int, default=252 * 7)
    ap.add_argument("--lookback", type=int, default=252)
    ap.add_argument("--shrink", type=float, default=0.3)
    ap.add_argument("--long-only", action="store_true", default=True)
    ap.add_argument("--seed", type=int, default=55)
    args = ap.parse_args()

    rets = assets(args.assets, args.days, args.seed)
    out = {}
    for method in ("equal", "minvar", "tangency"):
        r = backtest(rets, method, args.lookback, args.shrink, args.long_only).iloc[args.lookback:]
        eq = (1 + r).cumprod()
        out[method] = {
            "ann_return": round(float(r.mean() * 252), 4),
            "ann_vol": round(float(r.std() * np.sqrt(252)), 4),
            "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        }
        print("{m:>9}: ret {ann_return:.2%} vol {ann_vol:.2%} sharpe {sharpe:.2f}".format(m=method, **out[method]))
    print(json.dumps({"shrinkage": args.shrink, "long_only": args.long_only, "results": out}))


if __name__ == "__main__":
    main()
