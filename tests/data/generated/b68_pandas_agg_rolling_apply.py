# generated: weekly seasonality + rolling regression slope trend filter, uses pandas agg with named functions, rolling().apply(raw=True), resample('W'), json output
import argparse
import json

import numpy as np
import pandas as pd


def slope(y: np.ndarray) -> float:
    x = np.arange(len(y))
    x = x - x.mean()
    return float((x * (y - y.mean())).sum() / (x ** 2).sum())


def r_squared(y: np.ndarray) -> float:
    x = np.arange(len(y))
    c = np.corrcoef(x, y)[0, 1]
    return float(c * c)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--window", type=int, default=60)
    ap.add_argument("--min-r2", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=3939)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    drift = np.repeat(rng.normal(0, 0.0015, args.n // 90 + 1), 90)[: args.n]
    close = pd.Series(100 * np.exp(np.cumsum(drift + rng.normal(0, 0.01, args.n))),
                      index=pd.bdate_range("2012-01-02", periods=args.n), name="close")
    logp = np.log(close)
    df = close.to_frame()
    df["slope"] = logp.rolling(args.window).apply(slope, raw=True) * 252
    df["r2"] = logp.rolling(args.window).apply(r_squared, raw=True)
    df["score"] = df["slope"] * df["r2"]
    df["pos"] = np.where(df["r2"] > args.min_r2, np.sign(df["slope"]), 0.0)
    df["ret"] = close.pct_change()
    df["strat"] = df["pos"].shift() * df["ret"]
    df = df.dropna()

    weekly = df[["ret", "strat"]].resample("W-FRI").agg(lambda x: (1 + x).prod() - 1)
    summary = df[["ret", "strat"]].agg(["mean", "std", "skew", "min", "max"]).T
    summary["sharpe"] = summary["mean"] / summary["std"] * np.sqrt(252)
    regime = df.groupby("pos")["ret"].agg(days="count", mean="mean", vol="std")
    print(summary.round(5).to_string())
    print(regime.round(5).to_string())
    eq = (1 + df["strat"]).cumprod()
    print(json.dumps({
        "sharpe_strategy": round(float(summary.loc["strat", "sharpe"]), 3),
        "sharpe_buy_hold": round(float(summary.loc["ret", "sharpe"]), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "weekly_hit_rate": round(float((weekly["strat"] > 0).mean()), 3),
        "pct_in_market": round(float((df["pos"] != 0).mean()), 3),
        "regime_days": {str(int(k)): int(v) for k, v in regime["days"].items()},
        "avg_r2": round(float(df["r2"].mean()), 3),
    }))


if __name__ == "__main__":
    main()
