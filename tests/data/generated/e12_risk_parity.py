# generated: risk parity portfolio on 5 synthetic assets with monthly rebalancing, print JSON stats
import argparse
import json

import numpy as np
import pandas as pd


ASSETS = ["EQ", "BOND", "GOLD", "COMMOD", "REIT"]


def simulate_returns(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    vols = np.array([0.16, 0.05, 0.15, 0.22, 0.19]) / np.sqrt(252)
    corr = np.array([
        [1.0, -0.2, 0.1, 0.3, 0.7],
        [-0.2, 1.0, 0.2, -0.1, 0.0],
        [0.1, 0.2, 1.0, 0.3, 0.1],
        [0.3, -0.1, 0.3, 1.0, 0.3],
        [0.7, 0.0, 0.1, 0.3, 1.0],
    ])
    cov = np.outer(vols, vols) * corr
    L = np.linalg.cholesky(cov)
    z = rng.standard_normal((n, len(ASSETS)))
    mu = np.array([0.07, 0.03, 0.04, 0.03, 0.06]) / 252
    rets = z @ L.T + mu
    return pd.DataFrame(rets, columns=ASSETS, index=pd.bdate_range("2010-01-01", periods=n))


def risk_parity_weights(cov: np.ndarray, iters: int = 500, tol: float = 1e-10) -> np.ndarray:
    n = cov.shape[0]
    w = np.ones(n) / n
    for _ in range(iters):
        port_var = w @ cov @ w
        mrc = cov @ w
        rc = w * mrc
        target = port_var / n
        w_new = w * np.sqrt(target / rc)
        w_new /= w_new.sum()
        if np.abs(w_new - w).max() < tol:
            return w_new
        w = w_new
    return w


def backtest(rets: pd.DataFrame, lookback: int) -> tuple:
    month_ends = rets.groupby([rets.index.year, rets.index.month]).tail(1).index
    weights = pd.DataFrame(index=rets.index, columns=rets.columns, dtype=float)
    for dt in month_ends:
        hist = rets.loc[:dt].tail(lookback)
        if len(hist) < lookback:
            continue
        weights.loc[dt] = risk_parity_weights(hist.cov().values)
    weights = weights.ffill().shift(1)
    port = (weights * rets).sum(axis=1, min_count=1).dropna()
    return port, weights.dropna()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--lookback", type=int, default=126)
    p.add_argument("--days", type=int, default=2520)
    p.add_argument("--seed", type=int, default=4)
    a = p.parse_args()
    rets = simulate_returns(a.days, a.seed)
    port, w = backtest(rets, a.lookback)
    eq = (1 + port).cumprod()
    ew = rets.loc[port.index].mean(axis=1)
    print(f"rebalanced {w.drop_duplicates().shape[0]} times")
    print(json.dumps({
        "cagr": round(float(eq.iloc[-1] ** (252 / len(eq)) - 1), 4),
        "vol": round(float(port.std() * np.sqrt(252)), 4),
        "sharpe": round(float(port.mean() / port.std() * np.sqrt(252)), 3),
        "equal_weight_sharpe": round(float(ew.mean() / ew.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_weights": {k: round(float(v), 3) for k, v in w.mean().items()},
    }))


if __name__ == "__main__":
    main()
