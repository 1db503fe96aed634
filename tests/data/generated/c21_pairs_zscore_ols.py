# generated: classic pairs trading with rolling OLS hedge ratio and z-score entry/exit on two synthetic stocks, print JSON
import argparse
import json

import numpy as np
import pandas as pd


def cointegrated_pair(n, seed, beta=0.8):
    rng = np.random.default_rng(seed)
    common = np.cumsum(rng.normal(0, 0.4, n))
    noise = np.zeros(n)
    for i in range(1, n):
        noise[i] = 0.85 * noise[i - 1] + rng.normal(0, 1.2)
    a = 100 + common + rng.normal(0, 0.3, n)
    b = 60 + beta * common + noise
    idx = pd.bdate_range("2019-01-01", periods=n)
    return pd.DataFrame({"A": a, "B": b}, index=idx)


def rolling_beta(y, x, window):
    cov = y.rolling(window).cov(x)
    var = x.rolling(window).var()
    return cov / var


def main():
    p = argparse.ArgumentParser(description="Pairs trading with rolling OLS")
    p.add_argument("--window", type=int, default=60)
    p.add_argument("--z-window", type=int, default=30)
    p.add_argument("--entry", type=float, default=2.0)
    p.add_argument("--exit", type=float, default=0.5)
    p.add_argument("--stop", type=float, default=4.0)
    p.add_argument("--seed", type=int, default=19)
    args = p.parse_args()

    df = cointegrated_pair(1500, args.seed)
    df["beta"] = rolling_beta(df.B, df.A, args.window)
    df["spread"] = df.B - df.beta * df.A
    mu = df.spread.rolling(args.z_window).mean()
    sd = df.spread.rolling(args.z_window).std()
    df["z"] = (df.spread - mu) / sd

    state = 0
    states = []
    stops = 0
    for z in df.z:
        if np.isnan(z):
            states.append(0)
            continue
        if state == 0:
            if z > args.entry:
                state = -1
            elif z < -args.entry:
                state = 1
        elif abs(z) > args.stop:
            state = 0
            stops += 1
        elif (state == 1 and z > -args.exit) or (state == -1 and z < args.exit):
            state = 0
        states.append(state)
    df["pos"] = states

    # P&L per unit spread: long 1 B, short beta A
    held = df.pos.shift().fillna(0)
    hb = df.beta.shift()
    df["pnl"] = held * (df.B.diff() - hb * df.A.diff())
    gross = (df.B + hb.abs() * df.A).shift()
    df["ret"] = (df.pnl / gross).fillna(0)
    eq = (1 + df.ret).cumprod()

    trades = df.pos.diff().fillna(0).ne(0) & df.pos.ne(0)
    monthly = df.ret.resample("M").sum()
    print(f"beta range {df.beta.min():.2f}..{df.beta.max():.2f}; trades {int(trades.sum())}; stops {stops}")
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(df.ret.mean() / df.ret.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "n_trades": int(trades.sum()),
        "stop_outs": stops,
        "pct_months_positive": round(float((monthly > 0).mean()), 3),
        "corr_AB": round(float(df.A.corr(df.B)), 3),
    }))


if __name__ == "__main__":
    main()
