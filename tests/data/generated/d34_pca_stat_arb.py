# generated: PCA-based statistical arbitrage: extract top factors with numpy eigh from a rolling covariance, trade residual z-scores with s-score thresholds (Avellaneda-Lee style), synthetic universe; json output
import argparse
import json
import math

import numpy as np


def universe(n_assets, days, n_factors, rng):
    loadings = rng.normal(0, 1, (n_assets, n_factors))
    f = rng.normal(0, 0.008, (days, n_factors))
    resid = np.zeros((days, n_assets))
    for t in range(1, days):
        resid[t] = 0.92 * resid[t - 1] + rng.normal(0, 0.006, n_assets)
    idio = np.diff(resid, axis=0, prepend=0)
    return f @ loadings.T * 0.5 + idio


def top_factors(window_rets: np.ndarray, k: int) -> np.ndarray:
    std = window_rets.std(axis=0, ddof=1)
    z = (window_rets - window_rets.mean(axis=0)) / std
    corr = np.corrcoef(z, rowvar=False)
    vals, vecs = np.linalg.eigh(corr)
    order = np.argsort(vals)[::-1][:k]
    weights = vecs[:, order] / std[:, None]
    return weights, vals[order] / vals.sum()


def s_scores(window_rets: np.ndarray, weights: np.ndarray) -> np.ndarray:
    factor_rets = window_rets @ weights
    X = np.column_stack([np.ones(len(factor_rets)), factor_rets])
    beta, *_ = np.linalg.lstsq(X, window_rets, rcond=None)
    resid = window_rets - X @ beta
    x = np.cumsum(resid, axis=0)
    # fit AR(1) per asset: x_{t+1} = a + b x_t + e
    x0, x1 = x[:-1], x[1:]
    b = ((x0 - x0.mean(0)) * (x1 - x1.mean(0))).sum(0) / ((x0 - x0.mean(0)) ** 2).sum(0)
    b = np.clip(b, 1e-4, 0.9999)
    a = x1.mean(0) - b * x0.mean(0)
    eps = x1 - (a + b * x0)
    m = a / (1 - b)
    sigma_eq = np.sqrt(eps.var(0) / (1 - b ** 2))
    return (x[-1] - m) / sigma_eq


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=40)
    ap.add_argument("--days", type=int, default=1000)
    ap.add_argument("--factors", type=int, default=3)
    ap.add_argument("--window", type=int, default=120)
    ap.add_argument("--open", type=float, default=1.25)
    ap.add_argument("--close", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    rets = universe(a.assets, a.days, a.factors, rng)
    pos = np.zeros(a.assets)
    daily = []
    explained = []
    for t in range(a.window, a.days - 1):
        win = rets[t - a.window:t]
        w, ev = top_factors(win, a.factors)
        explained.append(ev.sum())
        s = s_scores(win, w)
        pos = np.where(s < -a.open, 1.0, pos)
        pos = np.where(s > a.open, -1.0, pos)
        pos = np.where((pos > 0) & (s > -a.close), 0.0, pos)
        pos = np.where((pos < 0) & (s < a.close), 0.0, pos)
        gross = np.abs(pos).sum()
        daily.append(float(pos @ rets[t] / gross) if gross else 0.0)

    r = np.array(daily)
    eq = np.cumprod(1 + r)
    print(f"avg variance explained by {a.factors} PCs: {np.mean(explained):.1%}")
    print(json.dumps({
        "days_traded": int((r != 0).sum()),
        "ann_return": round(float(r.mean() * 252), 4),
        "ann_vol": round(float(r.std() * math.sqrt(252)), 4),
        "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "var_explained": round(float(np.mean(explained)), 3),
    }))


if __name__ == "__main__":
    main()
