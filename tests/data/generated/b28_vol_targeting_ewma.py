# generated: volatility targeting overlay on a buy-and-hold equity index using EWMA (RiskMetrics) volatility, with leverage cap, print JSON
import argparse
import json

import numpy as np
import pandas as pd


def garch_like_returns(n, seed, omega=2e-6, alpha=0.08, beta=0.9):
    rng = np.random.default_rng(seed)
    r = np.zeros(n)
    var = omega / (1 - alpha - beta)
    for t in range(n):
        r[t] = 0.0003 + np.sqrt(var) * rng.standard_normal()
        var = omega + alpha * (r[t] - 0.0003) ** 2 + beta * var
    return pd.Series(r, index=pd.bdate_range("2000-01-03", periods=n), name="ret")


def ewma_vol(r: pd.Series, lam: float) -> pd.Series:
    return np.sqrt((r ** 2).ewm(alpha=1 - lam, adjust=False).mean() * 252)


def stats(r: pd.Series) -> dict:
    eq = (1 + r).cumprod()
    return {
        "ann_return": round(float(r.mean() * 252), 4),
        "ann_vol": round(float(r.std() * np.sqrt(252)), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "skew": round(float(r.skew()), 3),
        "kurtosis": round(float(r.kurt()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--target", type=float, default=0.10)
    ap.add_argument("--lam", type=float, default=0.94)
    ap.add_argument("--max-lev", type=float, default=2.0)
    ap.add_argument("--rebalance", choices=["daily", "weekly", "monthly"], default="weekly")
    ap.add_argument("--seed", type=int, default=101)
    args = ap.parse_args()

    r = garch_like_returns(args.n, args.seed)
    vol = ewma_vol(r, args.lam)
    lev = (args.target / vol).clip(upper=args.max_lev)
    if args.rebalance != "daily":
        rule = {"weekly": "W-FRI", "monthly": "M"}[args.rebalance]
        lev = lev.resample(rule).last().reindex(r.index, method="ffill").bfill()
    strat = lev.shift(1).fillna(0) * r
    turnover = lev.diff().abs().sum() / (len(r) / 252)

    print(f"mean leverage {lev.mean():.2f}, annual turnover {turnover:.1f}x")
    print(json.dumps({
        "buy_and_hold": stats(r),
        "vol_target": stats(strat.iloc[20:]),
        "mean_leverage": round(float(lev.mean()), 3),
        "pct_at_cap": round(float((lev >= args.max_lev - 1e-9).mean()), 3),
        "rebalance": args.rebalance,
    }))


if __name__ == "__main__":
    main()
