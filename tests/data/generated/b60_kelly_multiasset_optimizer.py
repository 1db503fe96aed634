# generated: multi-asset Kelly optimal leverage (inverse covariance times mean), shrink to half Kelly, rolling estimation, compare growth rates, numpy linalg, json output
import argparse
import json

import numpy as np


def kelly_weights(mu: np.ndarray, cov: np.ndarray, ridge: float = 1e-6) -> np.ndarray:
    return np.linalg.solve(cov + ridge * np.eye(len(mu)), mu)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=4)
    ap.add_argument("--days", type=int, default=3000)
    ap.add_argument("--window", type=int, default=500)
    ap.add_argument("--fractions", type=float, nargs="+", default=[0.25, 0.5, 1.0])
    ap.add_argument("--max-gross", type=float, default=4.0)
    ap.add_argument("--seed", type=int, default=3131)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    true_mu = rng.uniform(0.0002, 0.0006, args.assets)
    A = rng.normal(0, 0.007, (args.assets, args.assets))
    true_cov = A @ A.T + np.diag(rng.uniform(2e-5, 8e-5, args.assets))
    rets = rng.multivariate_normal(true_mu, true_cov, size=args.days)

    results = {}
    for frac in args.fractions:
        log_growth = []
        gross_hist = []
        for t in range(args.window, args.days):
            hist = rets[t - args.window:t]
            w = frac * kelly_weights(hist.mean(0), np.cov(hist.T))
            gross = np.abs(w).sum()
            if gross > args.max_gross:
                w *= args.max_gross / gross
            gross_hist.append(np.abs(w).sum())
            port = max(w @ rets[t], -0.99)
            log_growth.append(np.log1p(port))
        lg = np.array(log_growth)
        wealth = np.exp(np.cumsum(lg))
        results[f"{frac:g}"] = {
            "ann_log_growth": round(float(lg.mean() * 252), 4),
            "final_wealth": round(float(wealth[-1]), 4),
            "max_dd": round(float((wealth / np.maximum.accumulate(wealth) - 1).min()), 4),
            "avg_gross_leverage": round(float(np.mean(gross_hist)), 3),
        }
        print(f"kelly x{frac:<4g} growth={results[f'{frac:g}']['ann_log_growth']:+.3f}")

    w_true = kelly_weights(true_mu, true_cov)
    theo = float(true_mu @ w_true - 0.5 * w_true @ true_cov @ w_true) * 252
    print(json.dumps({
        "results": results,
        "true_full_kelly_weights": np.round(w_true, 3).tolist(),
        "theoretical_full_kelly_growth": round(theo, 4),
        "best_fraction": max(results, key=lambda k: results[k]["ann_log_growth"]),
    }))


if __name__ == "__main__":
    main()
