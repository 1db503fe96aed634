# generated: monte carlo bootstrap of a strategy's daily returns to get confidence intervals on Sharpe and max drawdown, numpy Generator, percentile, json
import argparse
import json
import time

import numpy as np


def strategy_returns(n: int, rng: np.random.Generator) -> np.ndarray:
    close = 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.011, n)))
    ma = np.convolve(close, np.ones(50) / 50, mode="full")[:n]
    ma[:49] = np.nan
    signal = np.where(close > ma, 1.0, 0.0)
    daily = np.diff(close) / close[:-1]
    return signal[:-1] * daily


def max_drawdown(r: np.ndarray) -> float:
    eq = np.cumprod(1 + r)
    return float(np.min(eq / np.maximum.accumulate(eq) - 1))


def block_bootstrap(r: np.ndarray, n_paths: int, block: int, rng: np.random.Generator) -> np.ndarray:
    n = len(r)
    n_blocks = int(np.ceil(n / block))
    starts = rng.integers(0, n - block, size=(n_paths, n_blocks))
    offsets = np.arange(block)
    idx = (starts[:, :, None] + offsets[None, None, :]).reshape(n_paths, -1)[:, :n]
    return r[idx]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--paths", type=int, default=2000)
    ap.add_argument("--block", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--ci", type=float, nargs=2, default=[5.0, 95.0])
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    r = strategy_returns(args.days, rng)
    t0 = time.perf_counter()
    sims = block_bootstrap(r, args.paths, args.block, rng)
    sharpes = sims.mean(axis=1) / sims.std(axis=1) * np.sqrt(252)
    eq = np.cumprod(1 + sims, axis=1)
    dds = np.min(eq / np.maximum.accumulate(eq, axis=1) - 1, axis=1)
    finals = eq[:, -1] - 1
    elapsed = time.perf_counter() - t0
    lo, hi = args.ci
    point_sharpe = r.mean() / r.std() * np.sqrt(252)
    order = np.argsort(finals)
    worst_path = int(order[0])
    print(f"bootstrapped {args.paths} paths x {sims.shape[1]} days in {elapsed:.2f}s")
    print(f"point sharpe {point_sharpe:.2f}; {lo:g}-{hi:g}% CI [{np.percentile(sharpes, lo):.2f}, {np.percentile(sharpes, hi):.2f}]")
    print(json.dumps({
        "point": {"sharpe": round(float(point_sharpe), 3), "max_dd": round(max_drawdown(r), 4)},
        "sharpe_ci": [round(float(np.percentile(sharpes, q)), 3) for q in (lo, 50, hi)],
        "max_dd_ci": [round(float(np.percentile(dds, q)), 4) for q in (lo, 50, hi)],
        "total_return_ci": [round(float(np.percentile(finals, q)), 4) for q in (lo, 50, hi)],
        "prob_loss": round(float(np.mean(finals < 0)), 4),
        "worst_path_return": round(float(finals[worst_path]), 4),
        "elapsed_s": round(elapsed, 3),
    }))


if __name__ == "__main__":
    main()
