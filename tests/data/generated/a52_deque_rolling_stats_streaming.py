# generated: a streaming (online) z-score mean reversion bot that processes one price at a time using collections.deque and Welford's algorithm, no pandas; print JSON at the end
import argparse
import json
import math
import random
from collections import deque, namedtuple

Fill = namedtuple("Fill", "t side price qty")


class RollingStats:
    """O(1) rolling mean/variance over a fixed window."""

    def __init__(self, window: int) -> None:
        self.window = window
        self.values = deque()
        self.total = 0.0
        self.total_sq = 0.0

    def push(self, x: float) -> None:
        self.values.append(x)
        self.total += x
        self.total_sq += x * x
        if len(self.values) > self.window:
            old = self.values.popleft()
            self.total -= old
            self.total_sq -= old * old

    def ready(self) -> bool:
        return len(self.values) == self.window

    @property
    def mean(self) -> float:
        return self.total / len(self.values)

    @property
    def std(self) -> float:
        n = len(self.values)
        var = max(self.total_sq / n - self.mean ** 2, 0.0)
        return math.sqrt(var)


class Welford:
    def __init__(self) -> None:
        self.n, self.mean, self.m2 = 0, 0.0, 0.0

    def add(self, x: float) -> None:
        self.n += 1
        d = x - self.mean
        self.mean += d / self.n
        self.m2 += d * (x - self.mean)

    @property
    def std(self) -> float:
        return math.sqrt(self.m2 / (self.n - 1)) if self.n > 1 else 0.0


def price_feed(n, seed, theta=0.05, mu=100.0, sigma=0.8):
    rng = random.Random(seed)
    p = mu
    for t in range(n):
        p += theta * (mu - p) + rng.gauss(0, sigma)
        yield t, p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ticks", type=int, default=20_000)
    ap.add_argument("--window", type=int, default=50)
    ap.add_argument("--entry", type=float, default=2.0)
    ap.add_argument("--exit", type=float, default=0.5)
    ap.add_argument("--qty", type=int, default=10)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()

    stats = RollingStats(args.window)
    pnl_stats = Welford()
    fills = deque(maxlen=5)
    pos, entry_px, realized, n_trades = 0, 0.0, 0.0, 0
    for t, price in price_feed(args.ticks, args.seed):
        stats.push(price)
        if not stats.ready() or stats.std == 0:
            continue
        z = (price - stats.mean) / stats.std
        if pos == 0 and abs(z) > args.entry:
            pos = -args.qty if z > 0 else args.qty
            entry_px = price
            fills.append(Fill(t, "sell" if pos < 0 else "buy", round(price, 3), args.qty))
        elif pos != 0 and abs(z) < args.exit:
            trade_pnl = pos * (price - entry_px)
            realized += trade_pnl
            pnl_stats.add(trade_pnl)
            n_trades += 1
            fills.append(Fill(t, "buy" if pos < 0 else "sell", round(price, 3), args.qty))
            pos = 0
        if t and t % 5000 == 0:
            print(f"t={t} realized={realized:.2f} trades={n_trades}")
    print(json.dumps({
        "realized_pnl": round(realized, 2),
        "trades": n_trades,
        "avg_trade": round(pnl_stats.mean, 4),
        "trade_pnl_std": round(pnl_stats.std, 4),
        "open_position": pos,
        "recent_fills": [f._asdict() for f in fills],
    }))


if __name__ == "__main__":
    main()
