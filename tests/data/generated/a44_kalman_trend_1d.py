# generated: use a 1-D Kalman filter (local linear trend model) to estimate price level and slope, trade the slope sign with a confidence band; print results as JSON
import argparse
import json
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass
class LocalLinearTrend:
    q_level: float = 1e-3
    q_slope: float = 1e-5
    r_obs: float = 0.5
    x: np.ndarray = field(default_factory=lambda: np.zeros(2))
    P: np.ndarray = field(default_factory=lambda: np.eye(2) * 10.0)

    def __post_init__(self) -> None:
        self.F = np.array([[1.0, 1.0], [0.0, 1.0]])
        self.H = np.array([[1.0, 0.0]])
        self.Q = np.diag([self.q_level, self.q_slope])

    def step(self, z: float):
        # predict
        self.x = self.F @ self.x
        self.P = self.F @ self.P @ self.F.T + self.Q
        # update
        y = z - (self.H @ self.x)[0]
        S = (self.H @ self.P @ self.H.T)[0, 0] + self.r_obs
        K = (self.P @ self.H.T / S).ravel()
        self.x = self.x + K * y
        self.P = (np.eye(2) - np.outer(K, self.H)) @ self.P
        return self.x[0], self.x[1], math.sqrt(self.P[1, 1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--q-slope", type=float, default=1e-5)
    ap.add_argument("--r-obs", type=float, default=0.5)
    ap.add_argument("--band", type=float, default=1.0, help="slope must exceed band * std to trade")
    ap.add_argument("--seed", type=int, default=6174)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    slope = np.cumsum(rng.normal(0, 0.004, args.bars))
    level = 100 + np.cumsum(slope * 0.1 + rng.normal(0, 0.6, args.bars))
    price = pd.Series(level, index=pd.bdate_range("2014-01-01", periods=args.bars))

    kf = LocalLinearTrend(q_slope=args.q_slope, r_obs=args.r_obs)
    kf.x = np.array([price.iloc[0], 0.0])
    est = [kf.step(p) for p in price.values]
    est = pd.DataFrame(est, columns=["level", "slope", "slope_sd"], index=price.index)
    signal = np.where(est["slope"] > args.band * est["slope_sd"], 1, np.where(est["slope"] < -args.band * est["slope_sd"], -1, 0))
    pos = pd.Series(signal, index=price.index).shift(1).fillna(0)
    pnl = pos * price.diff().fillna(0)
    cum = pnl.cumsum()
    tracking_err = (est["level"] - price).std()
    print(f"filter tracking error {tracking_err:.3f}; final slope {est['slope'].iloc[-1]:+.4f} ± {est['slope_sd'].iloc[-1]:.4f}")
    print(json.dumps({
        "total_pnl_points": round(float(cum.iloc[-1]), 2),
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3) if pnl.std() > 0 else 0.0,
        "max_drawdown_points": round(float((cum - cum.cummax()).min()), 2),
        "long_pct": round(float((pos > 0).mean()), 3),
        "short_pct": round(float((pos < 0).mean()), 3),
        "slope_corr_with_truth": round(float(np.corrcoef(est["slope"], slope * 0.1)[0, 1]), 3),
    }))


if __name__ == "__main__":
    main()
