# generated: volatility regime switching strategy with an Enum for the regime (methods for leverage and description), dataclasses for config, typing hints, print JSON
from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Dict, List

import numpy as np
import pandas as pd


class Regime(Enum):
    CALM = auto()
    NORMAL = auto()
    STRESSED = auto()

    @classmethod
    def from_vol(cls, vol: float, lo: float, hi: float) -> "Regime":
        if vol < lo:
            return cls.CALM
        if vol > hi:
            return cls.STRESSED
        return cls.NORMAL

    def leverage(self) -> float:
        return {Regime.CALM: 1.5, Regime.NORMAL: 1.0, Regime.STRESSED: 0.25}[self]

    def describe(self) -> str:
        return self.name.lower().replace("_", " ")

    def __str__(self) -> str:
        return f"<{self.describe()} x{self.leverage():g}>"


@dataclass(frozen=True)
class Settings:
    vol_window: int = 21
    lo_pct: float = 30.0
    hi_pct: float = 80.0
    trend_window: int = 100
    days: int = 2500
    seed: int = 31


@dataclass
class RegimeStats:
    days: int = 0
    returns: List[float] = field(default_factory=list)

    @property
    def ann_return(self) -> float:
        return float(np.mean(self.returns) * 252) if self.returns else 0.0

    @property
    def ann_vol(self) -> float:
        return float(np.std(self.returns) * math.sqrt(252)) if len(self.returns) > 1 else 0.0


def garch_like_returns(days: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    sigma2 = np.empty(days)
    r = np.empty(days)
    sigma2[0] = 1e-4
    for t in range(days):
        if t:
            sigma2[t] = 2e-6 + 0.08 * r[t - 1] ** 2 + 0.9 * sigma2[t - 1]
        r[t] = 0.0003 + math.sqrt(sigma2[t]) * rng.standard_normal()
    return pd.Series(r, index=pd.bdate_range("2011-01-03", periods=days))


def run(cfg: Settings) -> Dict[str, object]:
    r = garch_like_returns(cfg.days, cfg.seed)
    price = (1 + r).cumprod()
    vol = r.rolling(cfg.vol_window).std() * math.sqrt(252)
    lo, hi = np.nanpercentile(vol, cfg.lo_pct), np.nanpercentile(vol, cfg.hi_pct)
    trend_up = price > price.rolling(cfg.trend_window).mean()

    stats: Dict[Regime, RegimeStats] = {g: RegimeStats() for g in Regime}
    strat = []
    for t in range(len(r)):
        if t == 0 or math.isnan(vol.iloc[t - 1]):
            strat.append(0.0)
            continue
        regime = Regime.from_vol(vol.iloc[t - 1], lo, hi)
        lev = regime.leverage() if trend_up.iloc[t - 1] else 0.0
        day = lev * r.iloc[t]
        stats[regime].days += 1
        stats[regime].returns.append(day)
        strat.append(day)

    s = pd.Series(strat, index=r.index)
    eq = (1 + s).cumprod()
    current = Regime.from_vol(vol.iloc[-1], lo, hi)
    print(f"vol thresholds: {lo:.2%} / {hi:.2%}; current regime {current}")
    return {
        "ann_return": round(float(s.mean() * 252), 4),
        "ann_vol": round(float(s.std() * math.sqrt(252)), 4),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "buy_hold_ann": round(float(r.mean() * 252), 4),
        "current_regime": current.name,
        "by_regime": {g.name: {"days": st.days, "ann_ret": round(st.ann_return, 4), "ann_vol": round(st.ann_vol, 4)}
                      for g, st in stats.items()},
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--vol-window", type=int, default=Settings.vol_window)
    ap.add_argument("--trend-window", type=int, default=Settings.trend_window)
    ap.add_argument("--seed", type=int, default=Settings.seed)
    a = ap.parse_args()
    cfg = Settings(vol_window=a.vol_window, trend_window=a.trend_window, seed=a.seed)
    print(json.dumps(run(cfg)))


if __name__ == "__main__":
    main()
