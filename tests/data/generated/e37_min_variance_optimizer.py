# generated: minimum variance and max sharpe portfolio with numpy linear algebra and monthly rebalancing walk-forward, json output
import argparse
import json

import numpy as np
import pandas as pd


def min_variance(cov: np.ndarray) -> np.ndarray:
    inv = np.linalg.pinv(cov)
    ones = np.ones(cov.shape[0])
    w = inv @ ones
    return w / w.sum()


def tangency(mu: np.ndarray, cov: np.ndarray) -> np.ndarray:
    w = np.linalg.solve(cov + 1e-8 * np.eye(len(mu)), mu)
    return w / np.abs(w).sum()


def shrink(cov: np.ndarray, delta: float) -> np.ndarray:
    target = np.diag(np.diag(cov))
    return (1 - delta) * cov + delta * target


def simulate(n_assets, n_days, seed):
    rng = np.random.default_rng(seed)
    A = rng.normal(0, 1, (n_assets, n_assets))
    corr = A @ A.T
    d = np.sqrt(np.diag(corr))
    corr = corr / np.outer(d, d)
    vols = rng.uniform(0.1, 0.4, n_assets) / np.sqrt(252)
    cov = corr * np.outer(vols, vols)
    mu = rng.uniform(0.0, 0.1, n_assets) / 252
    r = rng.multivariate_normal(mu, cov, size=n_days)
    return pd.DataFrame(r, columns=[f"A{i}" for i in range(n_assets)],
                        index=pd.bdate_range("2013-01-01", periods=n_days))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=8)
    ap.add_argument("--days", type=int, default=2000)
    ap.add_argument("--window", type=int, default=252)
    ap.add_argument("--shrink", type=float, default=0.3)
    ap.add_argument("--method", choices=["minvar", "tangency", "equal"], default="minvar")
    ap.add_argument("--seed", type=int, default=66)
    a = ap.parse_args()
    rets = simulate(a.assets, a.days, a.seed)
    rebal_dates = rets.resample("M").last().index
    weights = {}
    for dt in rebal_dates:
        hist = rets.loc[:dt].iloc[-a.window:]
        if len(hist) < a.window:
            continue
        cov = shrink(hist.cov().values, a.shrink)
        if a.method == "minvar":
            w = min_variance(cov)
        elif a.method == "tangency":
            w = tangency(hist.mean().values, cov)
        else:
            w = np.full(a.assets, 1 / a.assets)
        weights[dt] = w
    W = pd.DataFrame(weights, index=rets.columns).T
    W = W.reindex(rets.index, method="ffill").shift(1).dropna()
    port = (W * rets.loc[W.index]).sum(axis=1)
    eq = (1 + port).cumprod()
    cond = float(np.linalg.cond(rets.cov().values))
    eigvals = np.linalg.eigvalsh(rets.corr().values)
    print(f"method={a.method} rebalances={len(weights)} cond={cond:.1f}")
    print(json.dumps({
        "method": a.method,
        "ann_vol": round(float(port.std() * np.sqrt(252)), 4),
        "sharpe": round(float(port.mean() / port.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_gross": round(float(W.abs().sum(axis=1).mean()), 3),
        "top_eigen_share": round(float(eigvals[-1] / eigvals.sum()), 3),
        "last_weights": [round(float(x), 3) for x in W.iloc[-1]],
    }))


if __name__ == "__main__":
    main()
