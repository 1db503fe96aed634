# generated: linear regression slope and R-squared trend filter using numpy least squares in a rolling window, trade when slope is positive and R^2 above threshold; print JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


def rolling_regression(y: np.ndarray, window: int):
    n = len(y)
    slope = np.full(n, np.nan)
    r2 = np.full(n, np.nan)
    resid_sd = np.full(n, np.nan)
    x = np.arange(window, dtype=float)
    X = np.vstack([x, np.ones(window)]).T
    XtX_inv = np.linalg.inv(X.T @ X)
    for t in range(window - 1, n):
        seg = y[t - window + 1:t + 1]
        beta = XtX_inv @ X.T @ seg
        fitted = X @ beta
        ss_res = np.sum((seg - fitted) ** 2)
        ss_tot = np.sum((seg - seg.mean()) ** 2)
        slope[t] = beta[0]
        r2[t] = 1 - ss_res / ss_tot if ss_tot > 0 else 0.0
        resid_sd[t] = math.sqrt(ss_res / (window - 2))
    return slope, r2, resid_sd


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--window", type=int, default=60)
    ap.add_argument("--min-r2", type=float, default=0.5)
    ap.add_argument("--days", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=37)
    ap.add_argument("--mode", choices=["long_only", "long_short"], default="long_short")
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    drift = 0.0008 * np.sign(np.sin(np.arange(a.days) / 90))
    logp = np.cumsum(drift + rng.normal(0, 0.012, a.days)) + np.log(80)
    close = pd.Series(np.exp(logp), index=pd.bdate_range("2013-01-01", periods=a.days))

    slope, r2, resid = rolling_regression(logp, a.window)
    signal = np.where(r2 > a.min_r2, np.sign(slope), 0.0)
    if a.mode == "long_only":
        signal = np.clip(signal, 0, None)
    signal = np.nan_to_num(signal)
    pos = pd.Series(signal, index=close.index).shift(1).fillna(0)
    ret = pos * close.pct_change().fillna(0)

    eq = (1 + ret).cumprod()
    annualised_slope = pd.Series(slope * 252, index=close.index)
    print("latest annualised slope: {:.2%}, R^2: {:.3f}".format(annualised_slope.iloc[-1], r2[-1]))
    print(json.dumps({
        "mode": a.mode,
        "exposure": round(float((pos != 0).mean()), 3),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "buy_hold": round(float(close.iloc[-1] / close.iloc[0] - 1), 4),
        "sharpe": round(float(ret.mean() / ret.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "median_r2": round(float(np.nanmedian(r2)), 3),
        "avg_resid_sd": round(float(np.nanmean(resid)), 5),
    }))


if __name__ == "__main__":
    main()
