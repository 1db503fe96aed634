# generated: risk parity portfolio across 5 synthetic assets with monthly rebalancing, numpy linear algebra, JSON stats
import argparse
import json

import numpy as np
import pandas as pd

ASSETS = ["equities", "bonds", "gold", "commodities", "reits"]


def simulate_returns(n_days, seed):
    rng = np.random.default_rng(seed)
    vols = np.array([0.18, 0.06, 0.15, 0.22, 0.20]) / np.sqrt(252)
    corr = np.array([
        [1.0, -0.2, 0.1, 0.4, 0.7],
        [-0.2, 1.0, 0.3, -0.1, 0.0],
        [0.1, 0.3, 1.0, 0.3, 0.1],
        [0.4, -0.1, 0.3, 1.0, 0.3],
        [0.7, 0.0, 0.1, 0.3, 1.0],
    ])
    cov = np.outer(vols, vols) * corr
    L = np.linalg.cholesky(cov)
    mu = np.array([0.07, 0.03, 0.04, 0.03, 0.06]) / 252
    z = rng.standard_normal((n_days, len(ASSETS)))
    rets = mu + z @ L.T
    return pd.DataFrame(rets, columns=ASSETS, index=pd.bdate_range("2010-01-01", periods=n_days))


def risk_parity_weights(cov, iters=500, tol=1e-10):
    n = cov.shape[0]
    w = np.ones(n) / n
    for _ in range(iters):
        port_var = w @ cov @ w
        marginal = cov @ w
        contrib = w * marginal / port_var
        target = np.ones(n) / n
        step = w * (target / contrib) ** 0.5
        w_new = step / step.sum()
        if np.linalg.norm(w_new - w) < tol:
            w = w_new
            break
        w = w_new
    return w


def inverse_vol_weights(cov):
    iv = 1 / np.sqrt(np.diag(cov))
    return iv / iv.sum()


def backtest(rets, lookback, method):
    month_ends = rets.resample("M").last().index
    weights = pd.DataFrame(np.nan, index=rets.index, columns=rets.columns)
    for me in month_ends:
        window = rets.loc[:me].tail(lookback)
        if len(window) < lookback:
            continue
        cov = np.cov(window.values, rowvar=False)
        w = risk_parity_weights(cov) if method == "erc" else inverse_vol_weights(cov)
        loc = rets.index.searchsorted(me, side="right")
        if loc < len(rets):
            weights.iloc[loc] = w
    weights = weights.ffill().dropna()
    port = (weights * rets.loc[weights.index]).sum(axis=1)
    return port, weights


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=252 * 8)
    ap.add_argument("--lookback", type=int, default=126)
    ap.add_argument("--method", choices=["erc", "invvol"], default="erc")
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()

    rets = simulate_returns(args.days, args.seed)
    port, weights = backtest(rets, args.lookback, args.method)
    eq = (1 + port).cumprod()
    ann_ret = eq.iloc[-1] ** (252 / len(port)) - 1
    ann_vol = port.std() * np.sqrt(252)
    avg_w = weights.mean().round(4).to_dict()
    print(f"method={args.method} avg weights: " + " ".join(f"{k}={v:.2f}" for k, v in avg_w.items()))
    print(json.dumps({
        "method": args.method,
        "ann_return": round(float(ann_ret), 4),
        "ann_vol": round(float(ann_vol), 4),
        "sharpe": round(float(ann_ret / ann_vol), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_weights": avg_w,
    }))


if __name__ == "__main__":
    main()
