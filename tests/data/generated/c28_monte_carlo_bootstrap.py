# generated: block bootstrap Monte Carlo of a strategy's returns to get confidence intervals on Sharpe and drawdown; print JSON
import argparse
import json
import time

import numpy as np
import pandas as pd


def strategy_returns(seed: int, n: int = 2000) -> pd.Series:
    rng = np.random.default_rng(seed)
    price = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, n))))
    fast = price.ewm(span=20).mean()
    slow = price.ewm(span=100).mean()
    pos = np.where(fast > slow, 1.0, -0.5)
    return pd.Series(pos, index=price.index).shift().fillna(0) * price.pct_change().fillna(0)


def block_bootstrap(x: np.ndarray, block: int, n_paths: int, rng: np.random.Generator) -> np.ndarray:
    n = len(x)
    n_blocks = int(np.ceil(n / block))
    starts = rng.integers(0, n - block, size=(n_paths, n_blocks))
    offsets = np.arange(block)
    idx = (starts[:, :, None] + offsets[None, None, :]).reshape(n_paths, -1)[:, :n]
    return x[idx]


def max_drawdowns(paths: np.ndarray) -> np.ndarray:
    eq = np.cumprod(1 + paths, axis=1)
    peak = np.maximum.accumulate(eq, axis=1)
    return (eq / peak - 1).min(axis=1)


def main():
    ap = argparse.ArgumentParser(description="bootstrap confidence intervals")
    ap.add_argument("--paths", type=int, default=2000)
    ap.add_argument("--block", type=int, default=20)
    ap.add_argument("--ci", type=float, default=90.0)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    t0 = time.perf_counter()
    r = strategy_returns(args.seed).to_numpy()
    rng = np.random.default_rng(args.seed + 1)
    sims = block_bootstrap(r, args.block, args.paths, rng)
    sharpes = sims.mean(axis=1) / sims.std(axis=1, ddof=1) * np.sqrt(252)
    mdds = max_drawdowns(sims)
    finals = np.prod(1 + sims, axis=1) - 1
    lo, hi = (100 - args.ci) / 2, 100 - (100 - args.ci) / 2
    elapsed = time.perf_counter() - t0

    point_sharpe = r.mean() / r.std(ddof=1) * np.sqrt(252)
    print(f"point Sharpe {point_sharpe:.3f}; simulated {args.paths} paths in {elapsed:.2f}s")
    print(f"P(Sharpe<0) = {np.mean(sharpes < 0):.1%}")
    print(json.dumps({
        "point_sharpe": round(float(point_sharpe), 3),
        "sharpe_ci": np.percentile(sharpes, [lo, hi]).round(3).tolist(),
        "mdd_ci": np.percentile(mdds, [lo, hi]).round(4).tolist(),
        "median_total_return": round(float(np.median(finals)), 4),
        "prob_loss": round(float(np.mean(finals < 0)), 4),
        "worst_path_mdd": round(float(mdds.min()), 4),
        "elapsed_s": round(elapsed, 3),
    }))


if __name__ == "__main__":
    main()
