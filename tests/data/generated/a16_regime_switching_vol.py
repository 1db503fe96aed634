# generated: volatility targeting strategy that scales exposure by realised vol, with an ewm vol estimate; JSON results
import argparse
import json
import math

import numpy as np
import pandas as pd


def regime_returns(n, seed):
    rng = np.random.default_rng(seed)
    state = 0
    vols = (0.008, 0.025)
    out = np.empty(n)
    states = np.empty(n, dtype=int)
    for i in range(n):
        if rng.random() < (0.01 if state == 0 else 0.04):
            state = 1 - state
        out[i] = rng.normal(0.0005 if state == 0 else -0.0008, vols[state])
        states[i] = state
    idx = pd.bdate_range("2005-01-03", periods=n)
    return pd.Series(out, index=idx), pd.Series(states, index=idx)


def vol_target(rets, target, halflife, max_lev):
    est = rets.ewm(halflife=halflife).std() * math.sqrt(252)
    lev = (target / est).clip(upper=max_lev).shift(1).fillna(1.0)
    return lev * rets, lev


def describe(r):
    eq = (1 + r).cumprod()
    return {
        "ann_return": round(float(eq.iloc[-1] ** (252 / len(r)) - 1), 4),
        "ann_vol": round(float(r.std() * math.sqrt(252)), 4),
        "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "worst_day": round(float(r.min()), 4),
    }


def main():
    ap = argparse.ArgumentParser(description="Volatility targeting")
    ap.add_argument("--target", type=float, default=0.10)
    ap.add_argument("--halflife", type=int, default=20)
    ap.add_argument("--max-lev", type=float, default=2.0)
    ap.add_argument("--days", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=21)
    args = ap.parse_args()

    rets, states = regime_returns(args.days, args.seed)
    scaled, lev = vol_target(rets, args.target, args.halflife, args.max_lev)
    by_state = pd.DataFrame({"lev": lev, "state": states}).groupby("state")["lev"].mean()
    print("avg leverage by regime: " + ", ".join(f"{'calm' if k == 0 else 'stress'}={v:.2f}" for k, v in by_state.items()))
    print(json.dumps({
        "target_vol": args.target,
        "buy_and_hold": describe(rets),
        "vol_targeted": describe(scaled),
        "avg_leverage": round(float(lev.mean()), 3),
        "pct_time_stress": round(float(states.mean()), 3),
    }))


if __name__ == "__main__":
    main()
