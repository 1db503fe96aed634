# generated: backtest a monthly covered call strategy using Black-Scholes to price the calls on synthetic prices, print JSON
import argparse
import json
import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd

N = NormalDist()


@dataclass
class CallOption:
    strike: float
    expiry_index: int
    premium: float


def bs_call(spot: float, strike: float, t: float, r: float, vol: float) -> float:
    if t <= 0 or vol <= 0:
        return max(spot - strike, 0.0)
    d1 = (math.log(spot / strike) + (r + 0.5 * vol ** 2) * t) / (vol * math.sqrt(t))
    d2 = d1 - vol * math.sqrt(t)
    return spot * N.cdf(d1) - strike * math.exp(-r * t) * N.cdf(d2)


def simulate(n: int, seed: int, vol: float) -> pd.Series:
    rng = np.random.default_rng(seed)
    dt = 1 / 252
    rets = (0.07 - 0.5 * vol ** 2) * dt + vol * math.sqrt(dt) * rng.standard_normal(n)
    return pd.Series(100 * np.exp(np.cumsum(rets)), index=pd.bdate_range("2014-01-01", periods=n))


def run(close: pd.Series, otm: float, tenor: int, r: float, iv_premium: float):
    realized = close.pct_change().rolling(21).std() * math.sqrt(252)
    values = []
    shares = 1.0
    cash = 0.0
    option = None
    assigned = 0
    premiums = 0.0
    for i, (ts, spot) in enumerate(close.items()):
        if option is not None and i >= option.expiry_index:
            payoff = max(spot - option.strike, 0.0)
            if payoff > 0:
                assigned += 1
            cash -= payoff
            option = None
        if option is None and not math.isnan(realized.iloc[i]):
            iv = realized.iloc[i] + iv_premium
            strike = spot * (1 + otm)
            prem = bs_call(spot, strike, tenor / 252, r, iv)
            cash += prem
            premiums += prem
            option = CallOption(strike, i + tenor, prem)
        liability = 0.0
        if option is not None:
            remaining = (option.expiry_index - i) / 252
            liability = bs_call(spot, option.strike, remaining, r, realized.iloc[i] + iv_premium)
        values.append(shares * spot + cash - liability)
    return pd.Series(values, index=close.index), assigned, premiums


def main():
    ap = argparse.ArgumentParser(description="covered call backtest")
    ap.add_argument("--otm", type=float, default=0.03, help="strike = spot * (1 + otm)")
    ap.add_argument("--tenor", type=int, default=21)
    ap.add_argument("--rate", type=float, default=0.02)
    ap.add_argument("--vol", type=float, default=0.18)
    ap.add_argument("--iv-premium", type=float, default=0.02)
    ap.add_argument("--days", type=int, default=252 * 6)
    ap.add_argument("--seed", type=int, default=30)
    args = ap.parse_args()

    close = simulate(args.days, args.seed, args.vol)
    eq, assigned, premiums = run(close, args.otm, args.tenor, args.rate, args.iv_premium)
    cc = eq.pct_change().dropna()
    bh = close.pct_change().dropna()
    print(f"sold {int(len(close) / args.tenor)} calls, {assigned} finished in the money")
    print(json.dumps({
        "covered_call": {
            "total_return": round(float(eq.iloc[-1] / eq.iloc[0] - 1), 4),
            "ann_vol": round(float(cc.std() * math.sqrt(252)), 4),
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        },
        "buy_hold": {
            "total_return": round(float(close.iloc[-1] / close.iloc[0] - 1), 4),
            "ann_vol": round(float(bh.std() * math.sqrt(252)), 4),
            "max_dd": round(float((close / close.cummax() - 1).min()), 4),
        },
        "premium_collected": round(premiums, 2),
        "assignments": assigned,
    }))


if __name__ == "__main__":
    main()
