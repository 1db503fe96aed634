# generated: minimum variance and max sharpe portfolio with numpy linear algebra, shrinkage covariance, quarterly rebalance backtest, print JSON
import argparse
import json

import numpy as np


def simulate(n_assets, n_days, rng):
    factors = rng.normal(0, 0.01, (n_days, 3))
    loadings = rng.normal(0.5, 0.3, (n_assets, 3))
    idio = rng.normal(0, 0.012, (n_days, n_assets))
    mu = rng.uniform(0.0001, 0.0006, n_assets)
    return factors @ loadings.T + idio + mu


def ledoit_wolf_shrink(returns, delta=None):
    x = returns - returns.mean(axis=0)
    t, n = x.shape
    s = x.T @ x / t
    target = np.trace(s) / n * np.eye(n)
    if delta is None:
        # simple shrinkage intensity estimate
        pi = sum(np.sum((np.outer(row, row) - s) ** 2) for row in x) / t
        gamma = np.sum((s - target) ** 2)
        delta = max(0.0, min(1.0, pi / gamma / t))
    return delta * target + (1 - delta) * s, delta


def min_variance(cov):
    ones = np.ones(cov.shape[0])
    w = np.linalg.solve(cov, ones)
    return w / w.sum()


def max_sharpe(cov, mu):
    w = np.linalg.solve(cov, mu)
    w = np.clip(w, 0, None)
    return w / w.sum() if w.sum() > 0 else np.ones_like(mu) / len(mu)


def backtest(rets, lookback, step, method):
    n_days, n = rets.shape
    port = []
    deltas = []
    for start in range(lookback, n_days - step + 1, step):
        hist = rets[start - lookback:start]
        cov, d = ledoit_wolf_shrink(hist)
        deltas.append(d)
        if method == "minvar":
            w = min_variance(cov)
        elif method == "maxsharpe":
            w = max_sharpe(cov, hist.mean(axis=0))
        else:
            w = np.ones(n) / n
        port.extend(rets[start:start + step] @ w)
    return np.array(port), float(np.mean(deltas))


def summarize(r):
    eq = np.cumprod(1 + r)
    return {
        "ann_ret": round(float(r.mean() * 252), 4),
        "ann_vol": round(float(r.std() * np.sqrt(252)), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_dd": round(float(np.min(eq / np.maximum.accumulate(eq) - 1)), 4),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=12)
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--lookback", type=int, default=252)
    ap.add_argument("--step", type=int, default=63)
    ap.add_argument("--seed", type=int, default=202)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    rets = simulate(args.assets, args.days, rng)
    out = {}
    for method in ("minvar", "maxsharpe", "equal"):
        r, d = backtest(rets, args.lookback, args.step, method)
        out[method] = summarize(r)
        print(f"{method:<10} vol={out[method]['ann_vol']:.3f} sharpe={out[method]['sharpe']:.2f}")
    out["avg_shrinkage"] = round(d, 4)
    cond = np.linalg.cond(np.cov(rets.T))
    out["sample_cov_condition_number"] = round(float(cond), 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
