# generated: time-series momentum across a diversified futures portfolio (12 markets) with volatility scaling like Moskowitz-Ooi-Pedersen; pandas; JSON stats by asset class
import argparse
import json

import numpy as np
import pandas as pd

MARKETS = {
    "ES": "equity", "NQ": "equity", "FESX": "equity",
    "ZN": "rates", "ZB": "rates", "BUND": "rates",
    "CL": "commodity", "GC": "commodity", "ZC": "commodity",
    "6E": "fx", "6J": "fx", "6A": "fx",
}


def simulate(days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    vols = {"equity": 0.18, "rates": 0.07, "commodity": 0.28, "fx": 0.10}
    data = {}
    for i, (m, cls) in enumerate(MARKETS.items()):
        v = vols[cls] / np.sqrt(252)
        trend = pd.Series(rng.normal(0, 1, days)).rolling(120, min_periods=1).mean().values * v * 0.15
        data[m] = rng.normal(0, v, days) + trend
    return pd.DataFrame(data, index=pd.bdate_range("2006-01-02", periods=days))


def tsmom(rets: pd.DataFrame, lookback: int, target_vol: float) -> pd.DataFrame:
    cum = rets.rolling(lookback).sum()
    ex_ante_vol = rets.ewm(com=60).std() * np.sqrt(252)
    signal = np.sign(cum)
    weights = signal * (target_vol / ex_ante_vol) / rets.shape[1]
    # monthly rebalance: hold month-end weights through the next month
    month_end = weights.groupby(weights.index.to_period("M")).transform("last")
    held = month_end.shift(1)
    return held * rets


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=252 * 15)
    ap.add_argument("--lookback", type=int, default=252)
    ap.add_argument("--target-vol", type=float, default=0.40)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    rets = simulate(args.days, args.seed)
    contrib = tsmom(rets, args.lookback, args.target_vol).dropna(how="all").fillna(0)
    port = contrib.sum(axis=1).iloc[args.lookback:]
    classes = pd.Series(MARKETS)
    by_class = contrib.T.groupby(classes).sum().T.iloc[args.lookback:]
    eq = (1 + port).cumprod()
    yearly = port.groupby(port.index.year).sum()
    print(by_class.agg(["mean", "std"]).mul([252, np.sqrt(252)], axis=0).round(4).to_string())
    print(json.dumps({
        "ann_return": round(float(port.mean() * 252), 4),
        "ann_vol": round(float(port.std() * np.sqrt(252)), 4),
        "sharpe": round(float(port.mean() / port.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "class_sharpe": {c: round(float(s.mean() / s.std() * np.sqrt(252)), 3) for c, s in by_class.items()},
        "pct_positive_years": round(float((yearly > 0).mean()), 3),
        "corr_to_equities": round(float(port.corr(rets["ES"].loc[port.index])), 3),
    }))


if __name__ == "__main__":
    main()
