# generated: add a drawdown-control overlay to a trend strategy: cut exposure in steps as drawdown deepens and restore after recovery; compare with and without, JSON
import argparse
import json
from bisect import bisect_right
from typing import List, Tuple

import numpy as np
import pandas as pd


class DrawdownGovernor:
    """Maps current drawdown to an exposure multiplier using a step schedule."""

    def __init__(self, schedule: List[Tuple[float, float]], recovery: float) -> None:
        # schedule: list of (drawdown threshold (positive number), multiplier)
        self.schedule = sorted(schedule)
        self.thresholds = [t for t, _ in self.schedule]
        self.recovery = recovery
        self.peak = 1.0
        self.multiplier = 1.0

    def update(self, equity: float) -> float:
        self.peak = max(self.peak, equity)
        dd = 1 - equity / self.peak
        i = bisect_right(self.thresholds, dd)
        stepped = 1.0 if i == 0 else self.schedule[i - 1][1]
        if stepped < self.multiplier:
            self.multiplier = stepped
        elif dd < self.recovery:
            self.multiplier = 1.0
        return self.multiplier


def base_strategy(close: pd.Series, fast: int, slow: int) -> pd.Series:
    f, s = close.ewm(span=fast).mean(), close.ewm(span=slow).mean()
    return np.sign(f - s).shift(1).fillna(0) * close.pct_change().fillna(0)


def overlay(base: pd.Series, gov: DrawdownGovernor) -> Tuple[pd.Series, pd.Series]:
    eq = 1.0
    out, mults = [], []
    for r in base.values:
        m = gov.multiplier
        day = m * r
        eq *= 1 + day
        gov.update(eq)
        out.append(day)
        mults.append(m)
    return pd.Series(out, index=base.index), pd.Series(mults, index=base.index)


def describe(r: pd.Series) -> dict:
    eq = (1 + r).cumprod()
    dd = eq / eq.cummax() - 1
    years = len(r) / 252
    cagr = eq.iloc[-1] ** (1 / years) - 1
    return {
        "cagr": round(float(cagr), 4),
        "vol": round(float(r.std() * np.sqrt(252)), 4),
        "max_dd": round(float(dd.min()), 4),
        "calmar": round(float(cagr / -dd.min()), 3) if dd.min() < 0 else None,
        "sortino": round(float(r.mean() / r[r < 0].std() * np.sqrt(252)), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fast", type=int, default=20)
    ap.add_argument("--slow", type=int, default=120)
    ap.add_argument("--days", type=int, default=4000)
    ap.add_argument("--recovery", type=float, default=0.03)
    ap.add_argument("--seed", type=int, default=999)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.013, args.days))), index=pd.bdate_range("2004-01-01", periods=args.days))
    base = base_strategy(close, args.fast, args.slow)
    gov = DrawdownGovernor([(0.05, 0.75), (0.10, 0.5), (0.20, 0.25)], args.recovery)
    controlled, mults = overlay(base, gov)
    print(f"time at reduced exposure: {(mults < 1).mean():.1%}; min multiplier {mults.min():.2f}")
    print(json.dumps({
        "base": describe(base),
        "with_overlay": describe(controlled),
        "pct_time_reduced": round(float((mults < 1).mean()), 3),
        "multiplier_histogram": mults.value_counts().sort_index().to_dict(),
    }))


if __name__ == "__main__":
    main()
