# generated: risk parity portfolio across 5 synthetic asset classes with monthly rebalancing using inverse volatility and equal risk contribution, JSON output
import argparse
import json
import math
from typing import Dict

import numpy as np
import pandas as pd

ASSETS = {
    "equities": (0.07, 0.16),
    "bonds": (0.03, 0.05),
    "commodities": (0.04, 0.18),
    "gold": (0.03, 0.14),
    "reits": (0.06, 0.20),
}


def simulate_returns(days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    names = list(ASSETS)
    mu = np.array([ASSETS[a][0] for a in names]) / 252
    vol = np.array([ASSETS[a][1] for a in names]) / np.sqrt(252)
    corr = np.array([
        [1.0, -0.2, 0.3, 0.0, 0.7],
        [-0.2, 1.0, -0.1, 0.2, 0.0],
        [0.3, -0.1, 1.0, 0.3, 0.2],
        [0.0, 0.2, 0.3, 1.0, 0.0],
        [0.7, 0.0, 0.2, 0.0, 1.0],
    ])
    cov = np.outer(vol, vol) * corr
    r = rng.multivariate_normal(mu, cov, size=days)
    return pd.DataFrame(r, columns=names, index=pd.bdate_range("2010-01-01", periods=days))


def inverse_vol(cov: np.ndarray) -> np.ndarray:
    w = 1 / np.sqrt(np.diag(cov))
    return w / w.sum()


def equal_risk_contribution(cov: np.ndarray, iters: int = 500, tol: float = 1e-10) -> np.ndarray:
    n = cov.shape[0]
    w = np.ones(n) / n
    for _ in range(iters):
        marginal = cov @ w
        # fixed point of w_i * (cov w)_i = const, damped for stability
        w_new = 0.5 * w + 0.5 * (1 / np.maximum(marginal, 1e-12)) / np.sum(1 / np.maximum(marginal, 1e-12))
        w_new /= w_new.sum()
        if np.abs(w_new - w).max() < tol:
            return w_new
        w = w_new
    return w


def run(rets: pd.DataFrame, method: str, lookback: int) -> Dict[str, float]:
    month_ends = rets.resample("M").last().index
    weights = pd.DataFrame(index=rets.index, columns=rets.columns, dtype=float)
    for me in month_ends:
        hist = rets.loc[:me].tail(lookback)
        if len(hist) < lookback:
            continue
        cov = hist.cov().values
        w = inverse_vol(cov) if method == "invvol" else equal_risk_contribution(cov)
        nxt = rets.index[rets.index > me]
        if len(nxt):
            weights.loc[nxt[0]] = w
    weights = weights.ffill().dropna()
    port = (weights * rets.loc[weights.index]).sum(axis=1)
    eq = (1 + port).cumprod()
    vol = port.std() * math.sqrt(252)
    last_w = weights.iloc[-1]
    return {
        "ann_return": round(float(port.mean() * 252), 4),
        "ann_vol": round(float(vol), 4),
        "sharpe": round(float(port.mean() * 252 / vol), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "last_weights": {k: round(float(v), 3) for k, v in last_w.items()},
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--method", choices=["invvol", "erc", "both"], default="both")
    ap.add_argument("--lookback", type=int, default=126)
    ap.add_argument("--days", type=int, default=252 * 10)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rets = simulate_returns(a.days, a.seed)
    methods = ["invvol", "erc"] if a.method == "both" else [a.method]
    out = {}
    for m in methods:
        print(f"backtesting {m} ...")
        out[m] = run(rets, m, a.lookback)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
