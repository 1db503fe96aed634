# generated: covered call overlay backtest pricing monthly calls with Black-Scholes (math.erf for normal cdf), compare with buy and hold, json output
import argparse
import json
import math

import numpy as np
import pandas as pd


def norm_cdf(x: float) -> float:
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


def bs_call(s: float, k: float, t: float, r: float, vol: float) -> float:
    if t <= 0 or vol <= 0:
        return max(s - k, 0.0)
    d1 = (math.log(s / k) + (r + 0.5 * vol ** 2) * t) / (vol * math.sqrt(t))
    d2 = d1 - vol * math.sqrt(t)
    return s * norm_cdf(d1) - k * math.exp(-r * t) * norm_cdf(d2)


def bs_delta(s, k, t, r, vol):
    d1 = (math.log(s / k) + (r + 0.5 * vol ** 2) * t) / (vol * math.sqrt(t))
    return norm_cdf(d1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--otm", type=float, default=0.03, help="strike as fraction above spot")
    ap.add_argument("--iv-premium", type=float, default=0.03, help="implied minus realised vol")
    ap.add_argument("--rate", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=1515)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    r = rng.normal(0.0003, 0.011, args.days)
    spot = pd.Series(3000 * np.exp(np.cumsum(r)), index=pd.bdate_range("2012-01-03", periods=args.days))
    rv = spot.pct_change().rolling(21).std() * math.sqrt(252)
    month_starts = spot.groupby([spot.index.year, spot.index.month]).head(1).index

    records = []
    for start, end in zip(month_starts[1:-1], month_starts[2:]):
        s0 = float(spot.loc[start])
        s1 = float(spot.loc[end])
        vol = float(rv.loc[start]) + args.iv_premium
        if math.isnan(vol):
            continue
        k = s0 * (1 + args.otm)
        t = (end - start).days / 365
        premium = bs_call(s0, k, t, args.rate, vol)
        payoff = max(s1 - k, 0.0)
        records.append({
            "start": start, "stock_ret": s1 / s0 - 1,
            "cc_ret": (s1 - payoff + premium) / s0 - 1,
            "premium_pct": premium / s0, "assigned": s1 > k,
            "delta": bs_delta(s0, k, t, args.rate, vol),
        })
    df = pd.DataFrame(records).set_index("start")

    def stats(x):
        eq = (1 + x).cumprod()
        return {"ann_ret": round(float(eq.iloc[-1] ** (12 / len(x)) - 1), 4),
                "ann_vol": round(float(x.std() * math.sqrt(12)), 4),
                "max_dd": round(float((eq / eq.cummax() - 1).min()), 4)}

    print(f"{len(df)} monthly cycles, avg premium {df.premium_pct.mean():.2%}, "
          f"assigned {df.assigned.mean():.0%} of months")
    print(json.dumps({
        "covered_call": stats(df.cc_ret),
        "buy_and_hold": stats(df.stock_ret),
        "avg_premium_pct": round(float(df.premium_pct.mean()), 5),
        "assignment_rate": round(float(df.assigned.mean()), 3),
        "avg_call_delta": round(float(df.delta.mean()), 3),
    }))


if __name__ == "__main__":
    main()
