# generated: swing trading backtest producing Trade objects that sort by return, with __eq__/__lt__/__hash__, top trades in JSON
import argparse
import json
import operator
from datetime import date, timedelta
from functools import total_ordering

import numpy as np


@total_ordering
class Trade:
    __slots__ = ("symbol", "entry_day", "exit_day", "entry_px", "exit_px", "side")

    def __init__(self, symbol, entry_day, exit_day, entry_px, exit_px, side=1):
        self.symbol = symbol
        self.entry_day = entry_day
        self.exit_day = exit_day
        self.entry_px = entry_px
        self.exit_px = exit_px
        self.side = side

    @property
    def ret(self) -> float:
        return self.side * (self.exit_px / self.entry_px - 1)

    @property
    def days_held(self) -> int:
        return (self.exit_day - self.entry_day).days

    def _key(self):
        return (self.symbol, self.entry_day, self.exit_day, self.side)

    def __eq__(self, other):
        if not isinstance(other, Trade):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Trade):
            return NotImplemented
        return self.ret < other.ret

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return (f"Trade({self.symbol!r}, {self.entry_day.isoformat()}->{self.exit_day.isoformat()}, "
                f"{self.ret:+.2%})")

    def as_dict(self):
        return {
            "symbol": self.symbol,
            "entry": self.entry_day.isoformat(),
            "exit": self.exit_day.isoformat(),
            "ret": round(self.ret, 4),
            "days": self.days_held,
        }


def business_days(start: date, n: int):
    d = start
    out = []
    while len(out) < n:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def swing_trades(symbol, days, prices, fast, slow):
    f = np.convolve(prices, np.ones(fast) / fast, mode="full")[: len(prices)]
    s = np.convolve(prices, np.ones(slow) / slow, mode="full")[: len(prices)]
    trades, entry = [], None
    for i in range(slow, len(prices)):
        if entry is None and f[i] > s[i] and f[i - 1] <= s[i - 1]:
            entry = i
        elif entry is not None and f[i] < s[i]:
            trades.append(Trade(symbol, days[entry], days[i], prices[entry], prices[i]))
            entry = None
    return trades


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--symbols", nargs="+", default=["XOM", "AAPL", "JPM", "KO", "TSLA"])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--fast", type=int, default=5)
    ap.add_argument("--slow", type=int, default=30)
    ap.add_argument("--top", type=int, default=3)
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    days = business_days(date(2020, 1, 1), a.n)
    trades = []
    for sym in a.symbols:
        prices = 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.018, a.n)))
        trades.extend(swing_trades(sym, days, prices, a.fast, a.slow))
    unique = set(trades)
    ranked = sorted(trades, reverse=True)
    by_symbol = {}
    for t in sorted(trades, key=operator.attrgetter("symbol", "entry_day")):
        by_symbol.setdefault(t.symbol, []).append(t.ret)
    print("best:", ranked[0])
    print("worst:", min(trades))
    print(json.dumps({
        "trades": len(trades),
        "unique": len(unique),
        "win_rate": round(sum(t.ret > 0 for t in trades) / len(trades), 3),
        "avg_days_held": round(float(np.mean([t.days_held for t in trades])), 1),
        "top": [t.as_dict() for t in ranked[: a.top]],
        "bottom": [t.as_dict() for t in ranked[-a.top:]],
        "avg_by_symbol": {k: round(float(np.mean(v)), 4) for k, v in by_symbol.items()},
    }))


if __name__ == "__main__":
    main()
