# generated: trend strategy with a drawdown-based risk governor: a DrawdownTracker class (properties, __call__, __repr__, classmethod) cuts exposure in steps as drawdown deepens; print JSON comparing governed vs ungoverned
import argparse
import json
import math

import numpy as np
import pandas as pd


class DrawdownTracker:
    def __init__(self, steps=((0.05, 0.75), (0.10, 0.5), (0.15, 0.25))):
        self.steps = sorted(steps)
        self._peak = 1.0
        self._equity = 1.0
        self.history = []

    @classmethod
    def aggressive(cls) -> "DrawdownTracker":
        return cls(((0.03, 0.5), (0.06, 0.25), (0.10, 0.0)))

    @property
    def drawdown(self) -> float:
        return 1 - self._equity / self._peak

    @property
    def scale(self) -> float:
        s = 1.0
        for level, mult in self.steps:
            if self.drawdown >= level:
                s = mult
        return s

    def __call__(self, daily_return: float) -> float:
        """Apply today's (already scaled) return and return tomorrow's exposure scale."""
        self._equity *= 1 + daily_return
        self._peak = max(self._peak, self._equity)
        self.history.append(self.drawdown)
        return self.scale

    def __repr__(self) -> str:
        return f"DrawdownTracker(dd={self.drawdown:.2%}, scale={self.scale}, steps={self.steps})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=3000)
    ap.add_argument("--profile", choices=["default", "aggressive"], default="default")
    ap.add_argument("--seed", type=int, default=52)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    r = pd.Series(rng.normal(0.0003, 0.012, a.days), index=pd.bdate_range("2009-01-01", periods=a.days))
    px = (1 + r).cumprod()
    base_pos = (px > px.rolling(100).mean()).astype(float).shift(1).fillna(0)
    base = base_pos * r

    tracker = DrawdownTracker.aggressive() if a.profile == "aggressive" else DrawdownTracker()
    scale = 1.0
    governed = []
    for x in base:
        today = scale * x
        governed.append(today)
        scale = tracker(today)
    g = pd.Series(governed, index=r.index)
    print(repr(tracker))

    def summary(s: pd.Series) -> dict:
        eq = (1 + s).cumprod()
        return {"cagr": round(float(eq.iloc[-1] ** (252 / len(s)) - 1), 4),
                "vol": round(float(s.std() * math.sqrt(252)), 4),
                "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
                "sharpe": round(float(s.mean() / s.std() * math.sqrt(252)), 3)}

    hist = np.array(tracker.history)
    print(json.dumps({
        "profile": a.profile,
        "ungoverned": summary(base),
        "governed": summary(g),
        "days_scaled_down": int((hist >= tracker.steps[0][0]).sum()),
        "worst_dd_seen": round(float(hist.max()), 4),
    }))


if __name__ == "__main__":
    main()
