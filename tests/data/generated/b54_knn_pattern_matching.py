# generated: nearest-neighbour pattern matching strategy: find the k most similar past 10-day return patterns (argsort of distances) and trade the average outcome, numpy, json
import argparse
import json

import numpy as np


def windows(x: np.ndarray, w: int) -> np.ndarray:
    """Return a (len(x) - w + 1, w) array of overlapping windows.

    Row i holds x[i : i + w]; built with fancy indexing rather than
    stride tricks so the result is an ordinary, writeable copy.
    """
    idx = np.arange(w)[None, :] + np.arange(len(x) - w + 1)[:, None]
    return x[idx]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--window", type=int, default=10)
    ap.add_argument("--k", type=int, default=25)
    ap.add_argument("--min-history", type=int, default=500)
    ap.add_argument("--metric", choices=["euclidean", "correlation"], default="correlation")
    ap.add_argument("--seed", type=int, default=2525)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    r = rng.normal(0.0002, 0.01, args.n)
    r[2:] += 0.06 * r[1:-1] - 0.04 * r[:-2]
    pats = windows(r, args.window)  # pats[i] ends at index i + window - 1
    if args.metric == "correlation":
        z = (pats - pats.mean(1, keepdims=True)) / pats.std(1, keepdims=True)
    else:
        z = pats
    outcome = np.r_[r[args.window:], np.nan]  # return following each pattern

    preds, actual = [], []
    for i in range(args.min_history, len(pats) - 1):
        hist = z[: i - args.window]  # only patterns whose outcome is already known
        d = np.sqrt(((hist - z[i]) ** 2).sum(axis=1))
        nn = np.argsort(d)[: args.k]
        preds.append(outcome[nn].mean())
        actual.append(outcome[i])
    preds, actual = np.array(preds), np.array(actual)
    strat = np.sign(preds) * actual
    eq = np.cumprod(1 + strat)
    q = np.percentile(preds, [20, 80])
    top = actual[preds > q[1]].mean()
    bottom = actual[preds < q[0]].mean()
    print(f"{len(preds)} predictions with k={args.k}, metric={args.metric}")
    print(json.dumps({
        "hit_rate": round(float((np.sign(preds) == np.sign(actual)).mean()), 4),
        "ic": round(float(np.corrcoef(preds, actual)[0, 1]), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "final_equity": round(float(eq[-1]), 4),
        "top_quintile_mean_bps": round(float(top * 1e4), 2),
        "bottom_quintile_mean_bps": round(float(bottom * 1e4), 2),
    }))


if __name__ == "__main__":
    main()
