# generated: build an EquityCurve class that supports + (blend), * (leverage), comparison by Sharpe (__lt__), __len__ and __repr__, then combine a trend and a carry sleeve and pick the best blend weight; print JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


class EquityCurve:
    def __init__(self, returns: pd.Series, label: str):
        self.returns = returns
        self.label = label

    def __add__(self, other: "EquityCurve") -> "EquityCurve":
        return EquityCurve(self.returns + other.returns, f"{self.label}+{other.label}")

    def __mul__(self, k: float) -> "EquityCurve":
        return EquityCurve(self.returns * k, f"{k:g}*{self.label}")

    __rmul__ = __mul__

    def __len__(self) -> int:
        return len(self.returns)

    def sharpe(self) -> float:
        sd = self.returns.std()
        return float(self.returns.mean() / sd * math.sqrt(252)) if sd else 0.0

    def __lt__(self, other: "EquityCurve") -> bool:
        return self.sharpe() < other.sharpe()

    def __repr__(self) -> str:
        return f"EquityCurve({self.label!r}, n={len(self)})"

    def summary(self) -> dict:
        eq = (1 + self.returns).cumprod()
        return {"sharpe": round(self.sharpe(), 3),
                "ann_ret": round(float(self.returns.mean() * 252), 4),
                "max_dd": round(float((eq / eq.cummax() - 1).min()), 4)}


def sleeves(days, seed):
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2010-01-01", periods=days)
    mkt = rng.normal(0.0002, 0.01, days)
    px = np.cumprod(1 + mkt)
    ma = pd.Series(px).rolling(100).mean().to_numpy()
    trend_pos = np.r_[0, np.where(px[:-1] > ma[:-1], 1.0, -1.0)]
    trend = pd.Series(trend_pos * mkt, index=idx)
    crash = rng.random(days) < 0.004
    carry = pd.Series(rng.normal(0.0003, 0.004, days) - crash * 0.03, index=idx)
    return EquityCurve(trend, "trend"), EquityCurve(carry, "carry")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=3000)
    ap.add_argument("--step", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=73)
    a = ap.parse_args()

    trend, carry = sleeves(a.days, a.seed)
    blends = []
    w = 0.0
    while w <= 1.0 + 1e-9:
        blends.append((w * trend) + ((1 - w) * carry))
        w = round(w + a.step, 10)
    best = max(blends)
    worst = min(blends)
    print("best blend:", repr(best), "worst:", repr(worst))
    print(json.dumps({
        "trend": trend.summary(),
        "carry": carry.summary(),
        "best_blend": best.label,
        "best": best.summary(),
        "worst_blend": worst.label,
        "corr": round(float(trend.returns.corr(carry.returns)), 3),
        "n_blends": len(blends),
    }))


if __name__ == "__main__":
    main()
