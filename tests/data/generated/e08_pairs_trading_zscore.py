# generated: z-score pairs trading on two cointegrated synthetic stocks with hedge ratio from OLS, JSON output
import argparse
import json

import numpy as np
import pandas as pd


def simulate_pair(n: int, seed: int, beta: float = 1.5):
    rng = np.random.default_rng(seed)
    x = 50 + np.cumsum(rng.normal(0, 1, n))
    spread = np.zeros(n)
    for t in range(1, n):
        spread[t] = 0.9 * spread[t - 1] + rng.normal(0, 1.0)
    y = beta * x + 10 + spread
    idx = pd.bdate_range("2021-01-01", periods=n)
    return pd.DataFrame({"x": x, "y": y}, index=idx)


def rolling_hedge_ratio(df: pd.DataFrame, window: int) -> pd.Series:
    cov = df["y"].rolling(window).cov(df["x"])
    var = df["x"].rolling(window).var()
    return cov / var


def ols_beta(x: np.ndarray, y: np.ndarray) -> float:
    X = np.column_stack([np.ones_like(x), x])
    coef, *_ = np.linalg.lstsq(X, y, rcond=None)
    return float(coef[1])


def backtest(df, window, entry, exit_):
    beta = rolling_hedge_ratio(df, window)
    spread = df["y"] - beta * df["x"]
    z = (spread - spread.rolling(window).mean()) / spread.rolling(window).std()
    pos = pd.Series(0.0, index=df.index)
    state = 0
    for i, zi in enumerate(z):
        if np.isnan(zi):
            continue
        if state == 0 and zi > entry:
            state = -1
        elif state == 0 and zi < -entry:
            state = 1
        elif state != 0 and abs(zi) < exit_:
            state = 0
        pos.iloc[i] = state
    dy = df["y"].diff()
    dx = df["x"].diff()
    pnl = pos.shift(1) * (dy - beta.shift(1) * dx)
    return pnl.fillna(0), pos, z


def main():
    ap = argparse.ArgumentParser(description="pairs trading")
    ap.add_argument("--window", type=int, default=60)
    ap.add_argument("--entry", type=float, default=2.0)
    ap.add_argument("--exit", type=float, default=0.5)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args()

    df = simulate_pair(a.n, a.seed)
    full_beta = ols_beta(df["x"].values, df["y"].values)
    pnl, pos, z = backtest(df, a.window, a.entry, a.exit)
    cum = pnl.cumsum()
    trades = int(((pos != 0) & (pos.shift(1) == 0)).sum())
    print(f"full-sample hedge ratio: {full_beta:.3f}")
    print(json.dumps({
        "hedge_ratio": round(full_beta, 4),
        "total_pnl": round(float(cum.iloc[-1]), 2),
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((cum - cum.cummax()).min()), 2),
        "trades": trades,
        "pct_time_in_market": round(float((pos != 0).mean()), 3),
        "z_last": round(float(z.iloc[-1]), 3),
    }))


if __name__ == "__main__":
    main()
