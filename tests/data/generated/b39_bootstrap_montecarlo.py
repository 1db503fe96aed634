# generated: backtest an RSI(2) short-term reversal strategy then run a block bootstrap Monte Carlo of its returns to get confidence intervals, numpy Generator, json output
import argparse
import json

import numpy as np
import pandas as pd


def rsi(close: pd.Series, n: int) -> pd.Series:
    d = close.diff()
    gain = d.clip(lower=0).rolling(n).mean()
    loss = (-d.clip(upper=0)).rolling(n).mean()
    return 100 - 100 / (1 + gain / loss.replace(0, np.nan))


def block_bootstrap(returns: np.ndarray, block: int, n_paths: int, rng: np.random.Generator) -> np.ndarray:
    n = len(returns)
    n_blocks = int(np.ceil(n / block))
    starts = rng.integers(0, n - block, size=(n_paths, n_blocks))
    idx = (starts[:, :, None] + np.arange(block)).reshape(n_paths, -1)[:, :n]
    return returns[idx]


def path_stats(paths: np.ndarray):
    eq = np.cumprod(1 + paths, axis=1)
    final = eq[:, -1]
    dd = (eq / np.maximum.accumulate(eq, axis=1) - 1).min(axis=1)
    sharpe = paths.mean(axis=1) / paths.std(axis=1) * np.sqrt(252)
    return final, dd, sharpe


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--rsi-n", type=int, default=2)
    ap.add_argument("--buy-below", type=float, default=10)
    ap.add_argument("--sell-above", type=float, default=70)
    ap.add_argument("--paths", type=int, default=2000)
    ap.add_argument("--block", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1111)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    r = rng.normal(0.0003, 0.011, args.n)
    r[1:] -= 0.08 * r[:-1]  # mild negative autocorrelation
    close = pd.Series(100 * np.cumprod(1 + r), index=pd.bdate_range("2010-01-01", periods=args.n))
    ind = rsi(close, args.rsi_n)
    pos = pd.Series(np.nan, index=close.index)
    pos[ind < args.buy_below] = 1
    pos[ind > args.sell_above] = 0
    pos = pos.ffill().fillna(0)
    strat = (pos.shift().fillna(0) * close.pct_change().fillna(0)).to_numpy()

    final, dd, sharpe = path_stats(block_bootstrap(strat, args.block, args.paths, rng))
    q = [5, 50, 95]
    hist_eq = np.cumprod(1 + strat)
    print(f"historical final equity {hist_eq[-1]:.3f}; bootstrap median {np.median(final):.3f}")
    print(json.dumps({
        "historical": {
            "final_equity": round(float(hist_eq[-1]), 4),
            "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
            "exposure": round(float(pos.mean()), 3),
        },
        "bootstrap": {
            "paths": args.paths,
            "final_equity_pct": dict(zip(map(str, q), np.round(np.percentile(final, q), 4).tolist())),
            "max_dd_pct": dict(zip(map(str, q), np.round(np.percentile(dd, q), 4).tolist())),
            "sharpe_pct": dict(zip(map(str, q), np.round(np.percentile(sharpe, q), 3).tolist())),
            "prob_loss": round(float((final < 1).mean()), 4),
        },
    }))


if __name__ == "__main__":
    main()
