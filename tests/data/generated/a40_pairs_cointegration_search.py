# generated: scan all pairs in a universe for cointegration with a simple Engle-Granger ADF test implemented in numpy, trade the best pairs with z-score rules, output JSON
import argparse
import itertools
import json
import math
from operator import itemgetter

import numpy as np
import pandas as pd


def universe(n_assets, n_days, seed):
    rng = np.random.default_rng(seed)
    commons = np.cumsum(rng.normal(0, 1, (n_days, 3)), axis=0)
    cols = {}
    for i in range(n_assets):
        load = np.zeros(3)
        load[i % 3] = rng.uniform(0.5, 1.5)
        noise = np.zeros(n_days)
        phi = rng.uniform(0.8, 0.995)
        for t in range(1, n_days):
            noise[t] = phi * noise[t - 1] + rng.normal(0, 1)
        cols[f"X{i}"] = 100 + commons @ load + noise
    return pd.DataFrame(cols, index=pd.bdate_range("2015-01-01", periods=n_days))


def adf_stat(x: np.ndarray, lags: int = 1) -> float:
    dx = np.diff(x)
    y = dx[lags:]
    cols = [x[lags:-1]] + [dx[lags - k:-k] for k in range(1, lags + 1)] + [np.ones(len(y))]
    X = np.column_stack(cols)
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ beta
    s2 = resid @ resid / (len(y) - X.shape[1])
    se = math.sqrt(s2 * np.linalg.inv(X.T @ X)[0, 0])
    return beta[0] / se


def engle_granger(a: np.ndarray, b: np.ndarray):
    X = np.column_stack([b, np.ones_like(b)])
    (beta, alpha), *_ = np.linalg.lstsq(X, a, rcond=None)
    spread = a - beta * b - alpha
    return adf_stat(spread), beta, spread


def trade_spread(spread: np.ndarray, window: int, entry: float) -> np.ndarray:
    s = pd.Series(spread)
    z = ((s - s.rolling(window).mean()) / s.rolling(window).std()).values
    pos = np.zeros(len(z))
    for t in range(1, len(z)):
        if np.isnan(z[t]):
            continue
        p = pos[t - 1]
        if p == 0 and abs(z[t]) > entry:
            p = -np.sign(z[t])
        elif p != 0 and np.sign(z[t]) == p:
            p = 0
        pos[t] = p
    return np.r_[0, pos[:-1] * np.diff(spread)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=9)
    ap.add_argument("--days", type=int, default=1000)
    ap.add_argument("--formation", type=int, default=500)
    ap.add_argument("--top", type=int, default=3)
    ap.add_argument("--crit", type=float, default=-3.34, help="approx 5% Engle-Granger critical value")
    ap.add_argument("--seed", type=int, default=90)
    args = ap.parse_args()

    px = universe(args.assets, args.days, args.seed)
    form, trade = px.iloc[: args.formation], px.iloc[args.formation:]
    scored = []
    for a, b in itertools.combinations(px.columns, 2):
        stat, beta, _ = engle_granger(form[a].values, form[b].values)
        scored.append((a, b, stat, beta))
    scored.sort(key=itemgetter(2))
    chosen = [s for s in scored if s[2] < args.crit][: args.top]
    print(f"tested {len(scored)} pairs, {sum(s[2] < args.crit for s in scored)} pass at {args.crit}")
    results = {}
    total = np.zeros(len(trade))
    for a, b, stat, beta in chosen:
        spread = trade[a].values - beta * trade[b].values
        pnl = trade_spread(spread, 30, 2.0)
        total += pnl
        results[f"{a}/{b}"] = {"adf": round(float(stat), 3), "beta": round(float(beta), 3), "pnl": round(float(pnl.sum()), 2)}
    cum = np.cumsum(total)
    print(json.dumps({
        "pairs_tested": len(scored),
        "pairs_traded": len(chosen),
        "pairs": results,
        "total_pnl": round(float(cum[-1]), 2) if len(cum) else 0.0,
        "max_drawdown": round(float((cum - np.maximum.accumulate(cum)).min()), 2) if len(cum) else 0.0,
        "daily_sharpe_ann": round(float(total.mean() / total.std() * np.sqrt(252)), 3) if total.std() > 0 else 0.0,
    }))


if __name__ == "__main__":
    main()
