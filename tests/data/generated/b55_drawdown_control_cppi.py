# generated: CPPI (constant proportion portfolio insurance) strategy with a ratcheting floor, risky asset vs cash, class with __repr__, print json stats
import argparse
import json
from dataclasses import dataclass

import numpy as np


@dataclass
class CPPIState:
    value: float
    floor: float
    peak: float
    risky_weight: float = 0.0

    def __repr__(self) -> str:
        return (f"CPPIState(value={self.value:,.2f}, floor={self.floor:,.2f}, "
                f"w={self.risky_weight:.2%})")


class CPPI:
    def __init__(self, multiplier: float, floor_pct: float, ratchet: bool, max_lev: float, rf: float):
        self.m = multiplier
        self.floor_pct = floor_pct
        self.ratchet = ratchet
        self.max_lev = max_lev
        self.rf_daily = rf / 252

    def run(self, risky_returns: np.ndarray, start: float = 100.0):
        st = CPPIState(start, start * self.floor_pct, start)
        values, weights = [], []
        for r in risky_returns:
            cushion = max(st.value - st.floor, 0.0)
            st.risky_weight = min(self.m * cushion / st.value, self.max_lev) if st.value > 0 else 0.0
            st.value *= 1 + st.risky_weight * r + (1 - st.risky_weight) * self.rf_daily
            st.floor *= 1 + self.rf_daily
            if self.ratchet and st.value > st.peak:
                st.peak = st.value
                st.floor = max(st.floor, st.peak * self.floor_pct)
            values.append(st.value)
            weights.append(st.risky_weight)
        return np.array(values), np.array(weights), st


def stats(v):
    r = np.diff(np.r_[100.0, v]) / np.r_[100.0, v][:-1]
    return {
        "final": round(float(v[-1]), 2),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_dd": round(float((v / np.maximum.accumulate(v) - 1).min()), 4),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--multiplier", type=float, default=4.0)
    ap.add_argument("--floor", type=float, default=0.8)
    ap.add_argument("--no-ratchet", dest="ratchet", action="store_false")
    ap.add_argument("--max-lev", type=float, default=1.0)
    ap.add_argument("--rf", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=2626)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    crash = np.zeros(args.days)
    crash[rng.integers(0, args.days, 4)] = -0.08
    risky = rng.normal(0.0004, 0.012, args.days) + crash
    cppi = CPPI(args.multiplier, args.floor, args.ratchet, args.max_lev, args.rf)
    values, weights, final = cppi.run(risky)
    bh = 100 * np.cumprod(1 + risky)
    print(final)
    print(json.dumps({
        "cppi": stats(values),
        "buy_hold": stats(bh),
        "avg_risky_weight": round(float(weights.mean()), 3),
        "days_fully_defensive": int((weights < 0.01).sum()),
        "final_floor": round(final.floor, 2),
        "ratchet": args.ratchet,
    }))


if __name__ == "__main__":
    main()
