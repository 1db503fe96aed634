# generated: pairs trading strategy with z-score of the spread, hedge ratio via OLS, synthetic cointegrated pair, print json
import argparse
import json

import numpy as np
import pandas as pd


def cointegrated_pair(n, seed, beta=1.5):
    rng = np.random.default_rng(seed)
    x = np.cumsum(rng.normal(0, 1, n)) + 100
    noise = np.zeros(n)
    for i in range(1, n):
        noise[i] = 0.9 * noise[i - 1] + rng.normal(0, 1.0)
    y = beta * x + 5 + noise
    idx = pd.bdate_range("2016-01-01", periods=n)
    return pd.DataFrame({"x": x, "y": y}, index=idx)


def rolling_hedge_ratio(df, window):
    cov = df["y"].rolling(window).cov(df["x"])
    var = df["x"].rolling(window).var()
    return cov / var


def ols_beta(x, y):
    X = np.column_stack([np.ones_like(x), x])
    coef, *_ = np.linalg.lstsq(X, y, rcond=None)
    return coef


def main():
    ap = argparse.ArgumentParser(description="pairs trading z-score")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--window", type=int, default=60)
    ap.add_argument("--entry", type=float, default=2.0)
    ap.add_argument("--exit", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=99)
    args = ap.parse_args()

    df = cointegrated_pair(args.n, args.seed)
    alpha, beta = ols_beta(df["x"].values, df["y"].values)
    print(f"full-sample OLS: alpha={alpha:.3f} beta={beta:.3f}")

    df["beta"] = rolling_hedge_ratio(df, args.window)
    df["spread"] = df["y"] - df["beta"] * df["x"]
    m = df["spread"].rolling(args.window).mean()
    s = df["spread"].rolling(args.window).std()
    df["z"] = (df["spread"] - m) / s

    state = 0
    pos = []
    for z in df["z"]:
        if np.isnan(z):
            pos.append(0)
            continue
        if state == 0 and z > args.entry:
            state = -1
        elif state == 0 and z < -args.entry:
            state = 1
        elif state != 0 and abs(z) < args.exit:
            state = 0
        pos.append(state)
    df["pos"] = pos

    # P&L of holding pos units of spread (long y, short beta*x), normalized by gross exposure
    dy = df["y"].diff()
    dx = df["x"].diff()
    held = df["pos"].shift(1).fillna(0)
    beta_held = df["beta"].shift(1)
    gross = (df["y"].shift(1) + beta_held.abs() * df["x"].shift(1))
    df["pnl"] = (held * (dy - beta_held * dx) / gross).fillna(0)
    eq = (1 + df["pnl"]).cumprod()

    trades = int((df["pos"].diff().fillna(0) != 0).sum())
    ann = df["pnl"].mean() * 252
    vol = df["pnl"].std() * np.sqrt(252)
    out = {
        "hedge_ratio_full": round(float(beta), 4),
        "final_equity": round(float(eq.iloc[-1]), 4),
        "ann_return": round(float(ann), 4),
        "sharpe": round(float(ann / vol), 3) if vol > 0 else 0.0,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "trades": trades,
        "pct_time_in_market": round(float((df["pos"] != 0).mean()), 3),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
