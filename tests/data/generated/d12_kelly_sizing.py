# generated: show Kelly criterion position sizing for a simple breakout system, compare full, half and quarter Kelly on Monte Carlo paths, print JSON
import argparse
import json
import statistics
from functools import lru_cache

import numpy as np


def simulate_trades(n_trades: int, win_prob: float, win_loss_ratio: float, rng: np.random.Generator) -> np.ndarray:
    wins = rng.random(n_trades) < win_prob
    return np.where(wins, win_loss_ratio, -1.0)


@lru_cache(maxsize=None)
def kelly_fraction(p: float, b: float) -> float:
    """f* = p - (1 - p) / b"""
    return max(0.0, p - (1 - p) / b)


def grow(outcomes: np.ndarray, f: float) -> np.ndarray:
    return np.cumprod(1 + f * outcomes)


def path_stats(curves: np.ndarray) -> dict:
    finals = curves[:, -1]
    peaks = np.maximum.accumulate(curves, axis=1)
    dds = (curves / peaks - 1).min(axis=1)
    return {
        "median_final": round(float(np.median(finals)), 3),
        "p05_final": round(float(np.percentile(finals, 5)), 3),
        "p95_final": round(float(np.percentile(finals, 95)), 3),
        "mean_log_growth": round(float(np.mean(np.log(finals))), 4),
        "median_max_dd": round(float(np.median(dds)), 3),
        "prob_loss": round(float((finals < 1).mean()), 3),
    }


def main():
    ap = argparse.ArgumentParser(description="Kelly sizing Monte Carlo")
    ap.add_argument("--p", type=float, default=0.45, help="win probability")
    ap.add_argument("--b", type=float, default=1.6, help="avg win / avg loss")
    ap.add_argument("--trades", type=int, default=300)
    ap.add_argument("--paths", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=123)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    f_star = kelly_fraction(args.p, args.b)
    print(f"full Kelly fraction = {f_star:.3%}")

    outcomes = np.stack([simulate_trades(args.trades, args.p, args.b, rng) for _ in range(args.paths)])
    empirical_p = statistics.fmean(float((o > 0).mean()) for o in outcomes[:200])
    print(f"empirical win rate (first 200 paths): {empirical_p:.3f}")

    results = {}
    for label, mult in (("full", 1.0), ("half", 0.5), ("quarter", 0.25), ("double", 2.0)):
        f = min(f_star * mult, 0.99)
        curves = np.apply_along_axis(grow, 1, outcomes, f)
        results[label] = {"fraction": round(f, 4), **path_stats(curves)}

    best = max(results, key=lambda k: results[k]["mean_log_growth"])
    print(json.dumps({"kelly": round(f_star, 4), "best_by_log_growth": best, "results": results}))


if __name__ == "__main__":
    main()
