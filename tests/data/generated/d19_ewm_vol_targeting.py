# generated: volatility targeting overlay for a buy and hold portfolio using EWMA volatility estimate, leverage cap, compare with unscaled; print json
import argparse
import json
import math

import numpy as np
import pandas as pd


def returns(n, seed):
    """Synthetic daily returns with slowly drifting (stochastic) volatility.

    Volatility clustering is what makes vol targeting worthwhile.
    """
    rng = np.random.default_rng(seed)
    vol = np.exp(np.cumsum(rng.normal(0, 0.05, n)) * 0.3) * 0.01
    return pd.Series(rng.normal(0.0004, 1, n) * vol, index=pd.bdate_range("2005-01-03", periods=n), name="r")


def perf(r: pd.Series) -> dict:
    eq = (1 + r).cumprod()
    ann_vol = r.std() * math.sqrt(252)
    cagr = eq.iloc[-1] ** (252 / len(r)) - 1
    return {
        "cagr": round(float(cagr), 4),
        "vol": round(float(ann_vol), 4),
        "sharpe": round(float(r.mean() * 252 / ann_vol), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "calmar": round(float(cagr / abs((eq / eq.cummax() - 1).min())), 3),
        "skew": round(float(r.skew()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", type=float, default=0.10, help="annual vol target")
    ap.add_argument("--halflife", type=float, default=20)
    ap.add_argument("--max-lev", type=float, default=2.0)
    ap.add_argument("--days", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()

    r = returns(a.days, a.seed)
    est = r.ewm(halflife=a.halflife, min_periods=20).std() * math.sqrt(252)
    lev = (a.target / est).clip(upper=a.max_lev).shift(1)
    scaled = (lev * r).dropna()
    base = r.loc[scaled.index]

    realised = scaled.rolling(63).std() * math.sqrt(252)
    tracking = (realised - a.target).abs().mean()
    lev_q = lev.dropna().quantile([0.05, 0.5, 0.95])
    print(f"mean |realised vol - target| = {tracking:.4f}")
    print(json.dumps({
        "target": a.target,
        "unscaled": perf(base),
        "vol_targeted": perf(scaled),
        "leverage": {f"p{int(q * 100):02d}": round(float(v), 3) for q, v in lev_q.items()},
        "days_at_cap": int((lev >= a.max_lev).sum()),
    }))


if __name__ == "__main__":
    main()
