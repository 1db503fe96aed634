# generated: volatility regime switching strategy using an Enum for regimes and a match statement to choose allocation, JSON results
from __future__ import annotations

import argparse
import json
from enum import Enum, auto

import numpy as np
import pandas as pd


class Regime(Enum):
    CALM = auto()
    NORMAL = auto()
    STRESSED = auto()
    CRISIS = auto()

    @classmethod
    def from_vol(cls, vol: float, q: tuple[float, float, float]) -> "Regime":
        if vol < q[0]:
            return cls.CALM
        if vol < q[1]:
            return cls.NORMAL
        if vol < q[2]:
            return cls.STRESSED
        return cls.CRISIS


def allocation(regime: Regime, trend_up: bool) -> float:
    match regime, trend_up:
        case Regime.CALM, True:
            return 1.5
        case (Regime.CALM, False) | (Regime.NORMAL, True):
            return 1.0
        case Regime.NORMAL, False:
            return 0.5
        case Regime.STRESSED, _:
            return 0.25 if trend_up else 0.0
        case Regime.CRISIS, _:
            return 0.0
        case _:
            raise ValueError(regime)


def garch_like_returns(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    omega, alpha, beta = 2e-6, 0.08, 0.9
    var = omega / (1 - alpha - beta)
    out = np.empty(n)
    for i in range(n):
        eps = rng.standard_normal() * np.sqrt(var)
        out[i] = 0.0003 + eps
        var = omega + alpha * eps ** 2 + beta * var
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vol-window", type=int, default=20)
    ap.add_argument("--trend-window", type=int, default=100)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=77)
    args = ap.parse_args()

    r = pd.Series(garch_like_returns(args.n, args.seed), index=pd.bdate_range("2008-01-01", periods=args.n))
    px = (1 + r).cumprod()
    vol = r.rolling(args.vol_window).std() * np.sqrt(252)
    trend_up = px > px.rolling(args.trend_window).mean()
    # expanding quantiles so the thresholds only use past data
    q = vol.expanding(min_periods=250).quantile
    q1, q2, q3 = q(0.33), q(0.66), q(0.9)

    regimes, weights = [], []
    for v, t, a, b, c in zip(vol, trend_up, q1, q2, q3):
        if np.isnan(c) or np.isnan(v):
            regimes.append(None)
            weights.append(1.0)
            continue
        reg = Regime.from_vol(v, (a, b, c))
        regimes.append(reg)
        weights.append(allocation(reg, bool(t)))

    w = pd.Series(weights, index=r.index)
    strat = w.shift().fillna(1.0) * r
    reg_s = pd.Series([x.name if x else "WARMUP" for x in regimes], index=r.index)
    by_regime = r.groupby(reg_s.shift().fillna("WARMUP")).agg(["mean", "std", "count"])
    by_regime["ann_sharpe"] = by_regime["mean"] / by_regime["std"] * np.sqrt(252)
    print(by_regime.round(5).to_string())

    def stats(x):
        eq = (1 + x).cumprod()
        return {"cagr": round(float(eq.iloc[-1] ** (252 / len(x)) - 1), 4),
                "sharpe": round(float(x.mean() / x.std() * np.sqrt(252)), 3),
                "mdd": round(float((eq / eq.cummax() - 1).min()), 4)}

    print(json.dumps({
        "strategy": stats(strat),
        "buy_hold": stats(r),
        "regime_counts": reg_s.value_counts().to_dict(),
        "avg_leverage": round(float(w.mean()), 3),
    }))


if __name__ == "__main__":
    main()
