# generated: position manager class with entry, stop loss, take profit and trailing stop, driven by a donchian breakout; private helpers and __repr__; output trade log summary as json
import argparse
import json
import math
from typing import List, Optional

import numpy as np
import pandas as pd


class ManagedPosition:
    def __init__(self, entry_price: float, size: float, atr: float, stop_mult: float, target_mult: float, trail_mult: float):
        self.entry_price = entry_price
        self.size = size
        self.stop = entry_price - stop_mult * atr
        self.target = entry_price + target_mult * atr
        self.trail_dist = trail_mult * atr
        self.highest = entry_price
        self.exit_price: Optional[float] = None
        self.exit_reason: Optional[str] = None
        self.bars_held = 0

    def __repr__(self):
        state = f"closed@{self.exit_price:.2f} ({self.exit_reason})" if self.closed else "open"
        return f"<ManagedPosition entry={self.entry_price:.2f} stop={self.stop:.2f} {state}>"

    @property
    def closed(self) -> bool:
        return self.exit_price is not None

    @property
    def pnl(self) -> float:
        return 0.0 if not self.closed else (self.exit_price - self.entry_price) * self.size

    def _ratchet(self, high: float) -> None:
        if high > self.highest:
            self.highest = high
            self.stop = max(self.stop, self.highest - self.trail_dist)

    def _close(self, price: float, reason: str) -> None:
        self.exit_price = price
        self.exit_reason = reason

    def update(self, high: float, low: float, close: float) -> None:
        if self.closed:
            return
        self.bars_held += 1
        if low <= self.stop:
            self._close(self.stop, "stop" if self.stop < self.entry_price else "trail")
        elif high >= self.target:
            self._close(self.target, "target")
        else:
            self._ratchet(high)


def data(n, seed):
    rng = np.random.default_rng(seed)
    c = 80 * np.exp(np.cumsum(rng.normal(0.0003, 0.016, n)))
    w = np.abs(rng.normal(0, 0.008, n)) * c
    return pd.DataFrame({"high": c + w, "low": c - w, "close": c}, index=pd.bdate_range("2016-01-01", periods=n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--channel", type=int, default=40)
    ap.add_argument("--stop", type=float, default=2.0)
    ap.add_argument("--target", type=float, default=6.0)
    ap.add_argument("--trail", type=float, default=3.0)
    ap.add_argument("--risk", type=float, default=1000.0, help="dollars risked per trade")
    ap.add_argument("--bars", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=58)
    args = ap.parse_args()

    df = data(args.bars, args.seed)
    df["atr"] = (df["high"] - df["low"]).rolling(20).mean()
    df["upper"] = df["high"].rolling(args.channel).max().shift(1)
    trades: List[ManagedPosition] = []
    current: Optional[ManagedPosition] = None
    for row in df.itertuples():
        if current is not None:
            current.update(row.high, row.low, row.close)
            if current.closed:
                trades.append(current)
                current = None
        if current is None and not math.isnan(row.upper) and row.close > row.upper:
            size = args.risk / (args.stop * row.atr)
            current = ManagedPosition(row.close, size, row.atr, args.stop, args.target, args.trail)
    if current is not None:
        current._close(df["close"].iloc[-1], "end")
        trades.append(current)

    pnls = np.array([t.pnl for t in trades])
    reasons = pd.Series([t.exit_reason for t in trades]).value_counts().to_dict()
    r_multiples = pnls / args.risk
    print(f"{len(trades)} trades; first: {trades[0]!r}" if trades else "no trades")
    print(json.dumps({
        "trades": len(trades),
        "net_pnl": round(float(pnls.sum()), 2),
        "win_rate": round(float((pnls > 0).mean()), 3) if len(pnls) else None,
        "avg_r": round(float(r_multiples.mean()), 3) if len(pnls) else None,
        "profit_factor": round(float(pnls[pnls > 0].sum() / -pnls[pnls < 0].sum()), 3) if (pnls < 0).any() else None,
        "avg_bars_held": round(float(np.mean([t.bars_held for t in trades])), 1) if trades else None,
        "exit_reasons": reasons,
    }))


if __name__ == "__main__":
    main()
