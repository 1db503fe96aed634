# generated: risk parity portfolio across 5 synthetic assets with monthly rebalancing, compare to equal weight, JSON output
import argparse
import json

import numpy as np
import pandas as pd


ASSETS = ["EQ", "BOND", "GOLD", "CMDTY", "REIT"]


def simulate_returns(n_days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    vols = np.array([0.18, 0.05, 0.15, 0.22, 0.20]) / np.sqrt(252)
    mus = np.array([0.07, 0.025, 0.04, 0.03, 0.06]) / 252
    corr = np.array([
        [1.0, -0.2, 0.1, 0.4, 0.7],
        [-0.2, 1.0, 0.2, -0.1, 0.0],
        [0.1, 0.2, 1.0, 0.3, 0.1],
        [0.4, -0.1, 0.3, 1.0, 0.3],
        [0.7, 0.0, 0.1, 0.3, 1.0],
    ])
    cov = np.outer(vols, vols) * corr
    L = np.linalg.cholesky(cov)
    z = rng.standard_normal((n_days, len(ASSETS)))
    rets = mus + z @ L.T
    idx = pd.bdate_range("2012-01-02", periods=n_days)
    return pd.DataFrame(rets, index=idx, columns=ASSETS)


def risk_parity_weights(cov: np.ndarray, iters: int = 500, tol: float = 1e-10) -> np.ndarray:
    """Equal risk contribution via simple fixed-point iteration."""
    n = cov.shape[0]
    w = np.ones(n) / n
    for _ in range(iters):
        marginal = cov @ w
        rc = w * marginal
        target = rc.sum() / n
        w_new = w * (target / rc) ** 0.5
        w_new /= w_new.sum()
        if np.abs(w_new - w).max() < tol:
            w = w_new
            break
        w = w_new
    return w


def backtest(rets: pd.DataFrame, lookback: int, method: str) -> pd.Series:
    month_ends = rets.resample("M").last().index
    weights = pd.DataFrame(index=rets.index, columns=rets.columns, dtype=float)
    for me in month_ends:
        hist = rets.loc[:me].tail(lookback)
        if len(hist) < lookback:
            continue
        if method == "risk_parity":
            w = risk_parity_weights(hist.cov().to_numpy())
        elif method == "inverse_vol":
            iv = 1 / hist.std().to_numpy()
            w = iv / iv.sum()
        else:
            w = np.ones(len(rets.columns)) / len(rets.columns)
        loc = rets.index.searchsorted(me, side="right")
        if loc < len(rets.index):
            weights.iloc[loc] = w
    weights = weights.ffill().fillna(0.0)
    return (weights * rets).sum(axis=1)


def perf(r: pd.Series) -> dict:
    r = r[r != 0]
    eq = (1 + r).cumprod()
    return {
        "ann_ret": round(float(r.mean() * 252), 4),
        "ann_vol": round(float(r.std() * np.sqrt(252)), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--lookback", type=int, default=126)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()

    rets = simulate_returns(args.days, args.seed)
    full_w = risk_parity_weights(rets.cov().to_numpy())
    print("full-sample risk parity weights:", ", ".join(f"{a}={w:.1%}" for a, w in zip(ASSETS, full_w)))
    out = {m: perf(backtest(rets, args.lookback, m)) for m in ("risk_parity", "inverse_vol", "equal_weight")}
    out["full_sample_weights"] = dict(zip(ASSETS, np.round(full_w, 4).tolist()))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
