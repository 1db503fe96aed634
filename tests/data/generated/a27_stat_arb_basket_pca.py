# generated: statistical arbitrage on a basket using PCA residuals (eigendecomposition of the correlation matrix), trade s-scores, json output
import argparse
import json

import numpy as np
import pandas as pd


def basket(n_assets, n_days, n_factors, seed):
    rng = np.random.default_rng(seed)
    F = rng.normal(0, 0.01, (n_days, n_factors))
    B = rng.normal(0, 1, (n_assets, n_factors))
    resid = np.zeros((n_days, n_assets))
    for t in range(1, n_days):
        resid[t] = 0.92 * resid[t - 1] + rng.normal(0, 0.004, n_assets)
    rets = F @ B.T * 0.6 + np.diff(np.vstack([np.zeros(n_assets), resid]), axis=0)
    cols = [f"A{i}" for i in range(n_assets)]
    return pd.DataFrame(rets, columns=cols, index=pd.bdate_range("2018-01-01", periods=n_days))


def pca_residuals(window: np.ndarray, k: int) -> np.ndarray:
    mu = window.mean(axis=0)
    sd = window.std(axis=0)
    Z = (window - mu) / sd
    corr = np.corrcoef(Z, rowvar=False)
    vals, vecs = np.linalg.eigh(corr)
    top = vecs[:, np.argsort(vals)[::-1][:k]]
    factors = Z @ top
    beta, *_ = np.linalg.lstsq(factors, Z, rcond=None)
    return Z - factors @ beta


def s_scores(resid: np.ndarray) -> np.ndarray:
    X = np.cumsum(resid, axis=0)
    scores = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        x0, x1 = X[:-1, j], X[1:, j]
        b, a = np.polyfit(x0, x1, 1)
        if not 0 < b < 1:
            continue
        eps = x1 - (a + b * x0)
        m = a / (1 - b)
        sigma_eq = np.sqrt(eps.var() / (1 - b ** 2))
        scores[j] = (X[-1, j] - m) / sigma_eq if sigma_eq > 0 else 0.0
    return scores


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=25)
    ap.add_argument("--days", type=int, default=900)
    ap.add_argument("--window", type=int, default=60)
    ap.add_argument("--factors", type=int, default=3)
    ap.add_argument("--entry", type=float, default=1.25)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()

    rets = basket(args.assets, args.days, args.factors, args.seed)
    R = rets.values
    daily_pnl = []
    gross = []
    for t in range(args.window, len(R) - 1):
        resid = pca_residuals(R[t - args.window:t], args.factors)
        s = s_scores(resid)
        w = np.where(s > args.entry, -1.0, np.where(s < -args.entry, 1.0, 0.0))
        w -= w.mean()
        if np.abs(w).sum() > 0:
            w /= np.abs(w).sum()
        daily_pnl.append(float(w @ R[t]))
        gross.append(float(np.abs(w).sum()))
    pnl = pd.Series(daily_pnl, index=rets.index[args.window:len(R) - 1])
    eq = (1 + pnl).cumprod()
    print(f"traded {len(pnl)} days; last month return {pnl.tail(21).sum():+.4f}")
    print(json.dumps({
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_gross": round(float(np.mean(gross)), 3),
        "hit_rate": round(float((pnl > 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
