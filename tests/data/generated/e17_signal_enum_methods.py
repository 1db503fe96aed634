# generated: multi-indicator voting strategy where Signal is an Enum with methods, print JSON
import argparse
import json
from enum import Enum, IntEnum, auto
from typing import Callable, Dict, List

import numpy as np
import pandas as pd


class Signal(IntEnum):
    SELL = -1
    HOLD = 0
    BUY = 1

    @classmethod
    def from_value(cls, x: float, band: float = 0.0) -> "Signal":
        if x > band:
            return cls.BUY
        if x < -band:
            return cls.SELL
        return cls.HOLD

    def invert(self) -> "Signal":
        return Signal(-int(self))

    @property
    def arrow(self) -> str:
        return {Signal.BUY: "^", Signal.SELL: "v", Signal.HOLD: "-"}[self]


class Vote(Enum):
    MAJORITY = auto()
    UNANIMOUS = auto()

    def combine(self, signals: List[Signal]) -> Signal:
        total = sum(int(s) for s in signals)
        if self is Vote.UNANIMOUS:
            return signals[0] if all(s == signals[0] for s in signals) else Signal.HOLD
        return Signal.from_value(total, band=len(signals) / 2 - 0.5)


Indicator = Callable[[pd.Series], pd.Series]


def momentum(close: pd.Series) -> pd.Series:
    return close.pct_change(20)


def ma_gap(close: pd.Series) -> pd.Series:
    return close / close.rolling(50).mean() - 1


def rsi_centered(close: pd.Series) -> pd.Series:
    d = close.diff()
    up = d.clip(lower=0).rolling(14).mean()
    dn = (-d.clip(upper=0)).rolling(14).mean()
    return (100 - 100 / (1 + up / dn) - 50) / 50


INDICATORS: Dict[str, Indicator] = {"mom": momentum, "ma_gap": ma_gap, "rsi": rsi_centered}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vote", choices=[v.name.lower() for v in Vote], default="majority")
    ap.add_argument("--band", type=float, default=0.0)
    ap.add_argument("--bars", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=10)
    args = ap.parse_args()
    vote = Vote[args.vote.upper()]

    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.011, args.bars))),
                      index=pd.bdate_range("2019-03-01", periods=args.bars))
    values = pd.DataFrame({k: f(close) for k, f in INDICATORS.items()}).dropna()
    combined = []
    for _, row in values.iterrows():
        sigs = [Signal.from_value(v, args.band) for v in row]
        combined.append(vote.combine(sigs))
    pos = pd.Series([int(s) for s in combined], index=values.index)
    ret = close.pct_change().reindex(pos.index).fillna(0)
    strat = pos.shift(1).fillna(0) * ret
    eq = (1 + strat).cumprod()
    counts = {s.name: sum(1 for c in combined if c is s) for s in Signal}
    print("last 10 signals:", "".join(s.arrow for s in combined[-10:]))
    print(json.dumps({
        "vote": vote.name,
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3) if strat.std() else 0.0,
        "signal_counts": counts,
        "last_signal": combined[-1].name,
        "last_inverted": combined[-1].invert().name,
    }))


if __name__ == "__main__":
    main()
