# generated: risk parity portfolio of 5 synthetic assets with monthly rebalancing, compare with equal weight, print json
import argparse
import json

import numpy as np
import pandas as pd


def simulate_assets(n_days, seed):
    rng = np.random.default_rng(seed)
    vols = np.array([0.05, 0.10, 0.15, 0.20, 0.30]) / np.sqrt(252)
    mus = np.array([0.02, 0.04, 0.06, 0.07, 0.09]) / 252
    corr = np.full((5, 5), 0.3)
    np.fill_diagonal(corr, 1.0)
    cov = np.outer(vols, vols) * corr
    L = np.linalg.cholesky(cov)
    shocks = rng.standard_normal((n_days, 5)) @ L.T
    rets = pd.DataFrame(shocks + mus, columns=["bonds", "credit", "equity", "em", "commod"],
                        index=pd.bdate_range("2010-01-01", periods=n_days))
    return rets


def risk_contributions(w, cov):
    port_var = w @ cov @ w
    return w * (cov @ w) / port_var


def erc_weights(cov, iters=500, tol=1e-10):
    n = cov.shape[0]
    w = np.ones(n) / n
    for _ in range(iters):
        mrc = cov @ w
        target = (w @ mrc) / n
        w_new = w * (target / (w * mrc)) ** 0.5
        w_new /= w_new.sum()
        if np.abs(w_new - w).max() < tol:
            w = w_new
            break
        w = w_new
    return w


def inverse_vol_weights(cov):
    iv = 1 / np.sqrt(np.diag(cov))
    return iv / iv.sum()


def backtest(rets, lookback, scheme):
    month_ends = rets.resample("M").last().index
    weights = {}
    for d in month_ends:
        hist = rets.loc[:d].tail(lookback)
        if len(hist) < lookback:
            continue
        cov = hist.cov().values
        if scheme == "erc":
            weights[d] = erc_weights(cov)
        elif scheme == "invvol":
            weights[d] = inverse_vol_weights(cov)
        else:
            weights[d] = np.ones(rets.shape[1]) / rets.shape[1]
    w = pd.DataFrame(weights, index=rets.columns).T
    w = w.reindex(rets.index, method="ffill").shift(1).dropna()
    port = (w * rets.loc[w.index]).sum(axis=1)
    return port, w


def stats(r):
    eq = (1 + r).cumprod()
    return {
        "ann_return": round(float(r.mean() * 252), 4),
        "ann_vol": round(float(r.std() * np.sqrt(252)), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--lookback", type=int, default=126)
    ap.add_argument("--seed", type=int, default=4)
    args = ap.parse_args()

    rets = simulate_assets(args.days, args.seed)
    out = {}
    for scheme in ("erc", "invvol", "equal"):
        port, w = backtest(rets, args.lookback, scheme)
        out[scheme] = stats(port)
        out[scheme]["avg_weights"] = w.mean().round(3).to_dict()
        print(f"{scheme:>7}: sharpe {out[scheme]['sharpe']:.3f}")
    cov = rets.cov().values
    out["erc_risk_contrib_full_sample"] = np.round(risk_contributions(erc_weights(cov), cov), 4).tolist()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
