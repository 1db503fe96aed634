# generated: mean-variance optimisation with numpy linear algebra (min variance, tangency) and a rolling out-of-sample test; JSON output
import argparse
import json

import numpy as np


def simulate(n_assets, n_days, seed):
    rng = np.random.default_rng(seed)
    A = rng.normal(0, 1, (n_assets, n_assets))
    cov = (A @ A.T) / n_assets * (0.012 ** 2) + np.diag(rng.uniform(0.5, 1.5, n_assets) * 0.008 ** 2)
    mu = rng.normal(0.0003, 0.0002, n_assets)
    return rng.multivariate_normal(mu, cov, size=n_days), mu, cov


def min_variance(cov):
    inv = np.linalg.pinv(cov)
    ones = np.ones(len(cov))
    w = inv @ ones
    return w / w.sum()


def tangency(mu, cov, rf=0.0):
    inv = np.linalg.pinv(cov)
    w = inv @ (mu - rf)
    return w / np.abs(w).sum()


def shrink(cov, delta):
    target = np.diag(np.diag(cov))
    return (1 - delta) * cov + delta * target


def oos_test(R, window, step, method, delta):
    out = []
    for start in range(0, len(R) - window - step + 1, step):
        train = R[start:start + window]
        test = R[start + window:start + window + step]
        cov = shrink(np.cov(train, rowvar=False), delta)
        if method == "minvar":
            w = min_variance(cov)
        elif method == "tangency":
            w = tangency(train.mean(axis=0), cov)
        else:
            w = np.full(R.shape[1], 1 / R.shape[1])
        out.append(test @ w)
    return np.concatenate(out)


def summary(r):
    eq = np.cumprod(1 + r)
    return {
        "ann_ret": round(float(r.mean() * 252), 4),
        "ann_vol": round(float(r.std(ddof=1) * np.sqrt(252)), 4),
        "sharpe": round(float(r.mean() / r.std(ddof=1) * np.sqrt(252)), 3),
        "mdd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=12)
    ap.add_argument("--days", type=int, default=2500)
    ap.add_argument("--window", type=int, default=252)
    ap.add_argument("--step", type=int, default=21)
    ap.add_argument("--shrinkage", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args()

    R, mu, cov = simulate(args.assets, args.days, args.seed)
    eig = np.linalg.eigvalsh(cov)
    print(f"condition number of true cov: {eig.max() / eig.min():.1f}")
    w_true = min_variance(cov)
    order = np.argsort(w_true)[::-1]
    print("largest true min-var weights:", [(int(i), round(float(w_true[i]), 3)) for i in order[:3]])

    res = {m: summary(oos_test(R, args.window, args.step, m, args.shrinkage))
           for m in ("minvar", "tangency", "equal")}
    res["true_minvar_vol"] = round(float(np.sqrt(w_true @ cov @ w_true) * np.sqrt(252)), 4)
    res["eigen_top3_share"] = round(float(np.sort(eig)[-3:].sum() / eig.sum()), 4)
    print(json.dumps(res))


if __name__ == "__main__":
    main()
