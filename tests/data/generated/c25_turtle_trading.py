# generated: implement the Turtle Trading system (20/55 day breakouts, N-based units, pyramiding) as classes, print stats JSON
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from typing import List

import numpy as np
import pandas as pd


@dataclass
class Unit:
    entry: float
    size: int


@dataclass
class TurtlePosition:
    direction: int = 0
    units: List[Unit] = field(default_factory=list)
    stop: float = 0.0

    @property
    def size(self) -> int:
        return sum(u.size for u in self.units) * self.direction

    @property
    def last_entry(self) -> float:
        return self.units[-1].entry if self.units else float("nan")

    def __len__(self) -> int:
        return len(self.units)

    def __bool__(self) -> bool:
        return bool(self.units)


class TurtleSystem:
    def __init__(self, equity: float, entry_len=20, exit_len=10, n_len=20, max_units=4, risk=0.01):
        self.equity = equity
        self.entry_len = entry_len
        self.exit_len = exit_len
        self.n_len = n_len
        self.max_units = max_units
        self.risk = risk
        self.pos = TurtlePosition()
        self.closed_trades: list[float] = []
        self._realized = 0.0

    def _unit_size(self, n: float, point_value: float = 1.0) -> int:
        return max(int(self.equity * self.risk / (n * point_value)), 0)

    def _close(self, price: float) -> None:
        pnl = sum((price - u.entry) * u.size for u in self.pos.units) * self.pos.direction
        self._realized += pnl
        self.closed_trades.append(pnl)
        self.pos = TurtlePosition()

    def step(self, row) -> float:
        price, n = row.close, row.N
        if self.pos:
            d = self.pos.direction
            exit_hit = (d == 1 and row.low < row.exit_low) or (d == -1 and row.high > row.exit_high)
            stop_hit = (d == 1 and row.low < self.pos.stop) or (d == -1 and row.high > self.pos.stop)
            if stop_hit or exit_hit:
                self._close(self.pos.stop if stop_hit else price)
            elif len(self.pos) < self.max_units and d * (price - self.pos.last_entry) >= 0.5 * n:
                self.pos.units.append(Unit(price, self._unit_size(n)))
                self.pos.stop = price - d * 2 * n
        else:
            if row.high > row.entry_high:
                self.pos = TurtlePosition(1, [Unit(price, self._unit_size(n))], price - 2 * n)
            elif row.low < row.entry_low:
                self.pos = TurtlePosition(-1, [Unit(price, self._unit_size(n))], price + 2 * n)
        unreal = sum((price - u.entry) * u.size for u in self.pos.units) * self.pos.direction
        return self.equity + self._realized + unreal


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--equity", type=float, default=1_000_000)
    ap.add_argument("--entry", type=int, default=20)
    ap.add_argument("--exit", type=int, default=10)
    ap.add_argument("--seed", type=int, default=55)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    n = 2000
    close = 50 * np.exp(np.cumsum(rng.normal(0.0001, 0.016, n)))
    df = pd.DataFrame({"close": close}, index=pd.bdate_range("2012-01-02", periods=n))
    df["high"] = df.close * (1 + np.abs(rng.normal(0, 0.006, n)))
    df["low"] = df.close * (1 - np.abs(rng.normal(0, 0.006, n)))
    tr = pd.concat([df.high - df.low, (df.high - df.close.shift()).abs(), (df.low - df.close.shift()).abs()], axis=1).max(axis=1)
    df["N"] = tr.rolling(20).mean()
    df["entry_high"] = df.high.rolling(args.entry).max().shift()
    df["entry_low"] = df.low.rolling(args.entry).min().shift()
    df["exit_high"] = df.high.rolling(args.exit).max().shift()
    df["exit_low"] = df.low.rolling(args.exit).min().shift()
    df = df.dropna()

    sys_ = TurtleSystem(args.equity, args.entry, args.exit)
    curve = pd.Series([sys_.step(r) for r in df.itertuples()], index=df.index)
    rets = curve.pct_change().dropna()
    t = np.array(sys_.closed_trades)
    print(f"closed trades: {len(t)}, open units: {len(sys_.pos)}")
    print(json.dumps({
        "final_equity": round(float(curve.iloc[-1]), 2),
        "cagr": round(float((curve.iloc[-1] / args.equity) ** (252 / len(curve)) - 1), 4),
        "sharpe": round(float(rets.mean() / rets.std() * np.sqrt(252)), 3),
        "max_dd": round(float((curve / curve.cummax() - 1).min()), 4),
        "trades": int(len(t)),
        "win_rate": round(float((t > 0).mean()), 3) if len(t) else None,
        "payoff_ratio": round(float(t[t > 0].mean() / -t[t < 0].mean()), 3) if (t < 0).any() and (t > 0).any() else None,
    }))


if __name__ == "__main__":
    main()
