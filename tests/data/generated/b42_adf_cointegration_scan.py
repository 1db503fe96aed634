# generated: scan all pairs of 8 synthetic stocks for cointegration with an Engle-Granger test implemented in numpy (ADF regression), trade the best pair, JSON output
import argparse
import itertools
import json

import numpy as np
import pandas as pd

# MacKinnon approximate 5% critical value for Engle-Granger with 2 variables
EG_CRIT_5PCT = -3.34


def adf_stat(x: np.ndarray, lags: int = 1) -> float:
    dx = np.diff(x)
    y = dx[lags:]
    cols = [x[lags:-1], np.ones(len(y))]
    for k in range(1, lags + 1):
        cols.append(dx[lags - k:-k])
    X = np.column_stack(cols)
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ beta
    s2 = resid @ resid / (len(y) - X.shape[1])
    cov = s2 * np.linalg.inv(X.T @ X)
    return float(beta[0] / np.sqrt(cov[0, 0]))


def engle_granger(y: np.ndarray, x: np.ndarray):
    X = np.column_stack([x, np.ones_like(x)])
    (b, a), *_ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - (b * x + a)
    return adf_stat(resid), b, a


def make_universe(n, seed):
    rng = np.random.default_rng(seed)
    common = np.cumsum(rng.normal(0, 1, n))
    data = {}
    for i in range(8):
        if i < 3:
            stationary = np.zeros(n)
            for t in range(1, n):
                stationary[t] = 0.85 * stationary[t - 1] + rng.normal(0, 1)
            data[f"C{i}"] = 50 + (0.5 + 0.3 * i) * common + stationary
        else:
            data[f"R{i}"] = 50 + np.cumsum(rng.normal(0, 1, n))
    return pd.DataFrame(data, index=pd.bdate_range("2015-01-01", periods=n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--formation", type=float, default=0.5)
    ap.add_argument("--entry", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=1313)
    args = ap.parse_args()

    px = make_universe(args.n, args.seed)
    cut = int(args.n * args.formation)
    form, trade = px.iloc[:cut], px.iloc[cut:]
    scan = []
    for a, b in itertools.combinations(px.columns, 2):
        stat, beta, alpha = engle_granger(form[a].values, form[b].values)
        scan.append({"pair": f"{a}/{b}", "adf": round(stat, 3), "beta": beta, "alpha": alpha,
                     "cointegrated": stat < EG_CRIT_5PCT})
    scan.sort(key=lambda d: d["adf"])
    best = scan[0]
    a, b = best["pair"].split("/")
    print(f"{sum(s['cointegrated'] for s in scan)} of {len(scan)} pairs cointegrated; best {best['pair']}")

    spread_form = form[a] - best["beta"] * form[b] - best["alpha"]
    mu, sd = spread_form.mean(), spread_form.std()
    spread = trade[a] - best["beta"] * trade[b] - best["alpha"]
    z = (spread - mu) / sd
    pos = pd.Series(np.nan, index=z.index)
    pos[z > args.entry] = -1
    pos[z < -args.entry] = 1
    pos[z.abs() < 0.25] = 0
    pos = pos.ffill().fillna(0)
    pnl = pos.shift().fillna(0) * spread.diff().fillna(0)
    gross = form[a].iloc[-1] + abs(best["beta"]) * form[b].iloc[-1]
    r = pnl / gross
    print(json.dumps({
        "best_pair": best["pair"],
        "adf_stat": best["adf"],
        "hedge_ratio": round(float(best["beta"]), 4),
        "n_cointegrated": int(sum(s["cointegrated"] for s in scan)),
        "oos_pnl_points": round(float(pnl.sum()), 3),
        "oos_sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() > 0 else 0.0,
        "top3": [s["pair"] for s in scan[:3]],
    }))


if __name__ == "__main__":
    main()
