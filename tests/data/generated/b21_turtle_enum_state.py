# generated: turtle trading system with pyramiding units, use an Enum for state and dataclasses for units, synthetic futures prices, json stats
import argparse
import json
from dataclasses import dataclass
from enum import Enum
from typing import List

import numpy as np
import pandas as pd


class State(Enum):
    FLAT = "flat"
    LONG = "long"
    SHORT = "short"


@dataclass
class Unit:
    entry: float
    size: float


class TurtleSystem:
    def __init__(self, entry_n=20, exit_n=10, atr_n=20, max_units=4, risk=0.01, point_value=50.0):
        self.entry_n = entry_n
        self.exit_n = exit_n
        self.atr_n = atr_n
        self.max_units = max_units
        self.risk = risk
        self.point_value = point_value
        self.state = State.FLAT
        self.units: List[Unit] = []
        self.trade_log = []

    def _unit_size(self, equity, n):
        return equity * self.risk / (n * self.point_value)

    def _pnl(self, price):
        sign = 1 if self.state is State.LONG else -1
        return sum(sign * (price - u.entry) * u.size * self.point_value for u in self.units)

    def _close(self, price, equity):
        pnl = self._pnl(price)
        self.trade_log.append({"side": self.state.value, "units": len(self.units), "pnl": pnl})
        self.units.clear()
        self.state = State.FLAT
        return equity + pnl

    def run(self, df: pd.DataFrame, capital: float) -> pd.Series:
        tr = np.maximum(df.high - df.low, np.maximum((df.high - df.close.shift()).abs(),
                                                       (df.low - df.close.shift()).abs()))
        n_series = tr.rolling(self.atr_n).mean()
        hi_entry = df.high.rolling(self.entry_n).max().shift()
        lo_entry = df.low.rolling(self.entry_n).min().shift()
        hi_exit = df.high.rolling(self.exit_n).max().shift()
        lo_exit = df.low.rolling(self.exit_n).min().shift()
        equity = capital
        curve = []
        for i in range(len(df)):
            px = df.close.iat[i]
            n = n_series.iat[i]
            if np.isnan(n) or np.isnan(hi_entry.iat[i]):
                curve.append(equity)
                continue
            if self.state is State.LONG and px < lo_exit.iat[i]:
                equity = self._close(px, equity)
            elif self.state is State.SHORT and px > hi_exit.iat[i]:
                equity = self._close(px, equity)
            if self.state is State.FLAT:
                if px > hi_entry.iat[i]:
                    self.state = State.LONG
                    self.units.append(Unit(px, self._unit_size(equity, n)))
                elif px < lo_entry.iat[i]:
                    self.state = State.SHORT
                    self.units.append(Unit(px, self._unit_size(equity, n)))
            elif len(self.units) < self.max_units:
                last = self.units[-1].entry
                if (self.state is State.LONG and px > last + 0.5 * n) or \
                   (self.state is State.SHORT and px < last - 0.5 * n):
                    self.units.append(Unit(px, self._unit_size(equity, n)))
            curve.append(equity + (self._pnl(px) if self.units else 0.0))
        return pd.Series(curve, index=df.index)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--capital", type=float, default=1_000_000)
    ap.add_argument("--system", type=int, choices=[1, 2], default=1)
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    close = 2000 + np.cumsum(rng.normal(0.2, 18, a.n))
    df = pd.DataFrame({"close": close}, index=pd.bdate_range("2005-01-03", periods=a.n))
    df["high"] = df.close + rng.uniform(2, 15, a.n)
    df["low"] = df.close - rng.uniform(2, 15, a.n)
    entry_n, exit_n = (20, 10) if a.system == 1 else (55, 20)
    sys_ = TurtleSystem(entry_n, exit_n)
    curve = sys_.run(df, a.capital)
    r = curve.pct_change().dropna()
    pnls = [t["pnl"] for t in sys_.trade_log]
    print(f"system {a.system}: {len(pnls)} trades, final state {sys_.state.name}")
    print(json.dumps({
        "final_equity": round(float(curve.iloc[-1]), 2),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((curve / curve.cummax() - 1).min()), 4),
        "trades": len(pnls),
        "profit_factor": round(sum(p for p in pnls if p > 0) / -sum(p for p in pnls if p < 0), 3)
        if any(p < 0 for p in pnls) else None,
        "avg_units": round(float(np.mean([t["units"] for t in sys_.trade_log])), 2) if pnls else 0,
    }))


if __name__ == "__main__":
    main()
