# generated: combine signals from several indicators, deduplicate them using a hashable Signal class with __eq__/__hash__, vote, and backtest; JSON out
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

import numpy as np
import pandas as pd


class Signal:
    __slots__ = ("day", "direction", "source")

    def __init__(self, day: pd.Timestamp, direction: int, source: str):
        self.day = day
        self.direction = direction
        self.source = source

    def key(self):
        return (self.day, self.direction)

    def __eq__(self, other):
        if not isinstance(other, Signal):
            return NotImplemented
        return self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return f"Signal({self.day.date()}, {'+' if self.direction > 0 else '-'}, {self.source})"


def rsi_signals(close, n=14, lo=30, hi=70):
    d = close.diff()
    up = d.clip(lower=0).ewm(alpha=1 / n, adjust=False).mean()
    dn = (-d.clip(upper=0)).ewm(alpha=1 / n, adjust=False).mean()
    r = 100 - 100 / (1 + up / dn)
    for day in r.index[(r < lo) & (r.shift() >= lo)]:
        yield Signal(day, 1, "rsi")
    for day in r.index[(r > hi) & (r.shift() <= hi)]:
        yield Signal(day, -1, "rsi")


def bb_signals(close, n=20, k=2.0):
    m = close.rolling(n).mean()
    s = close.rolling(n).std()
    for day in close.index[close < m - k * s]:
        yield Signal(day, 1, "bb")
    for day in close.index[close > m + k * s]:
        yield Signal(day, -1, "bb")


def zscore_signals(close, n=10, th=1.8):
    z = (close - close.rolling(n).mean()) / close.rolling(n).std()
    for day, v in z.dropna().items():
        if v < -th:
            yield Signal(day, 1, "z")
        elif v > th:
            yield Signal(day, -1, "z")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-votes", type=int, default=2, choices=[1, 2, 3])
    ap.add_argument("--hold", type=int, default=3)
    ap.add_argument("--seed", type=int, default=64)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    x = np.zeros(1500)
    for i in range(1, len(x)):
        x[i] = 0.95 * x[i - 1] + rng.normal(0, 0.012)
    close = pd.Series(100 * np.exp(x + np.linspace(0, 0.3, len(x))), index=pd.bdate_range("2018-01-01", periods=len(x)))

    all_signals = [*rsi_signals(close), *bb_signals(close), *zscore_signals(close)]
    votes = Counter(all_signals)          # equal signals (same day+direction) collapse via __hash__/__eq__
    sources = defaultdict(set)
    for s in all_signals:
        sources[s].add(s.source)
    strong = sorted(s for s, c in votes.items() if len(sources[s]) >= args.min_votes)
    print(f"{len(all_signals)} raw signals, {len(votes)} unique, {len(strong)} with >= {args.min_votes} sources")
    print("first few:", strong[:3])

    pos = pd.Series(0.0, index=close.index)
    for s in strong:
        loc = close.index.get_loc(s.day)
        pos.iloc[loc + 1: loc + 1 + args.hold] = s.direction
    r = pos * close.pct_change().fillna(0)
    eq = (1 + r).cumprod()
    print(json.dumps({
        "raw_signals": len(all_signals),
        "unique_signals": len(votes),
        "strong_signals": len(strong),
        "by_source": dict(Counter(s.source for s in all_signals)),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() > 0 else 0.0,
        "exposure": round(float((pos != 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
