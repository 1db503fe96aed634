# generated: covered call overlay backtest pricing monthly calls with Black-Scholes (math.erf), synthetic underlying, JSON stats
import argparse
import json
import math
from dataclasses import dataclass

import numpy as np


def norm_cdf(x: float) -> float:
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


@dataclass(frozen=True)
class CallOption:
    strike: float
    expiry_days: int
    premium: float

    @staticmethod
    def black_scholes(spot, strike, t, vol, rate=0.02) -> float:
        if t <= 0:
            return max(spot - strike, 0.0)
        d1 = (math.log(spot / strike) + (rate + 0.5 * vol ** 2) * t) / (vol * math.sqrt(t))
        d2 = d1 - vol * math.sqrt(t)
        return spot * norm_cdf(d1) - strike * math.exp(-rate * t) * norm_cdf(d2)

    @classmethod
    def write(cls, spot, moneyness, days, vol) -> "CallOption":
        k = spot * moneyness
        return cls(k, days, cls.black_scholes(spot, k, days / 252, vol))

    def payoff(self, spot: float) -> float:
        return max(spot - self.strike, 0.0)

    def __str__(self):
        return f"C{self.strike:.1f} {self.expiry_days}d @ {self.premium:.2f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--moneyness", type=float, default=1.03)
    ap.add_argument("--tenor", type=int, default=21)
    ap.add_argument("--implied-premium", type=float, default=1.1, dest="iv_premium",
                    help="implied vol = realized * this")
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--seed", type=int, default=9)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    vol_true = 0.18
    r = rng.normal(0.07 / 252, vol_true / math.sqrt(252), a.days)
    spot = 100 * np.exp(np.cumsum(r))

    overlay = np.ones(a.days)
    underlying = spot / spot[0]
    value = 1.0
    assigned = 0
    premiums = []
    first = None
    t = 60
    overlay[:t] = underlying[:t]
    while t + a.tenor < a.days:
        hist = np.diff(np.log(spot[t - 60:t]))
        iv = hist.std() * math.sqrt(252) * a.iv_premium
        opt = CallOption.write(spot[t], a.moneyness, a.tenor, iv)
        first = first or opt
        premiums.append(opt.premium / spot[t])
        for d in range(1, a.tenor + 1):
            remaining = (a.tenor - d) / 252
            mtm = CallOption.black_scholes(spot[t + d], opt.strike, remaining, iv)
            overlay[t + d] = value * (spot[t + d] - mtm + opt.premium) / spot[t]
        end_spot = spot[t + a.tenor]
        if opt.payoff(end_spot) > 0:
            assigned += 1
        value = value * (end_spot - opt.payoff(end_spot) + opt.premium) / spot[t]
        t += a.tenor
    overlay = overlay[:t]
    und = underlying[:t] / underlying[0]

    def stats(x):
        rr = np.diff(x) / x[:-1]
        return {"total": round(float(x[-1] / x[0] - 1), 4),
                "vol": round(float(rr.std() * math.sqrt(252)), 4),
                "max_dd": round(float((x / np.maximum.accumulate(x) - 1).min()), 4)}

    print("first option written:", first)
    print(json.dumps({
        "covered_call": stats(overlay),
        "underlying": stats(und),
        "cycles": len(premiums),
        "assigned": assigned,
        "avg_premium_pct": round(float(np.mean(premiums) * 100), 3),
    }))


if __name__ == "__main__":
    main()
