# generated: breakout strategy that records Trade objects with __repr__, __eq__ and __lt__ so they can be sorted; report best/worst trades in JSON
import argparse
import json
import random
from functools import total_ordering
from statistics import mean, median, stdev


@total_ordering
class Trade:
    __slots__ = ("entry_idx", "exit_idx", "entry", "exit", "side")

    def __init__(self, entry_idx, exit_idx, entry, exit, side):
        self.entry_idx = entry_idx
        self.exit_idx = exit_idx
        self.entry = entry
        self.exit = exit
        self.side = side

    @property
    def ret(self):
        return self.side * (self.exit / self.entry - 1)

    @property
    def bars(self):
        return self.exit_idx - self.entry_idx

    def __eq__(self, other):
        if not isinstance(other, Trade):
            return NotImplemented
        return self.ret == other.ret

    def __lt__(self, other):
        if not isinstance(other, Trade):
            return NotImplemented
        return self.ret < other.ret

    def __hash__(self):
        return hash((self.entry_idx, self.exit_idx, self.side))

    def __repr__(self):
        side = "L" if self.side > 0 else "S"
        return f"Trade({side} {self.entry_idx}->{self.exit_idx} {self.ret:+.2%})"

    def to_dict(self):
        return {"entry_idx": self.entry_idx, "exit_idx": self.exit_idx,
                "side": self.side, "ret": round(self.ret, 5), "bars": self.bars}


def random_walk(n, seed):
    rnd = random.Random(seed)
    p = [100.0]
    for _ in range(n - 1):
        p.append(p[-1] * (1 + rnd.gauss(0.0002, 0.012)))
    return p


def breakout_trades(prices, lookback, hold):
    trades = []
    i = lookback
    while i < len(prices) - hold:
        window = prices[i - lookback:i]
        if prices[i] > max(window):
            trades.append(Trade(i, i + hold, prices[i], prices[i + hold], 1))
            i += hold
        elif prices[i] < min(window):
            trades.append(Trade(i, i + hold, prices[i], prices[i + hold], -1))
            i += hold
        else:
            i += 1
    return trades


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--lookback", type=int, default=30)
    ap.add_argument("--hold", type=int, default=10)
    ap.add_argument("--seed", type=int, default=44)
    args = ap.parse_args()

    prices = random_walk(args.n, args.seed)
    trades = breakout_trades(prices, args.lookback, args.hold)
    ranked = sorted(trades)
    print("worst:", ranked[:3])
    print("best:", ranked[-3:])
    rets = [t.ret for t in trades]
    longs = [t.ret for t in trades if t.side > 0]
    shorts = [t.ret for t in trades if t.side < 0]
    print(json.dumps({
        "trades": len(trades),
        "mean_ret": round(mean(rets), 5),
        "median_ret": round(median(rets), 5),
        "stdev_ret": round(stdev(rets), 5),
        "long_mean": round(mean(longs), 5) if longs else None,
        "short_mean": round(mean(shorts), 5) if shorts else None,
        "best": max(trades).to_dict(),
        "worst": min(trades).to_dict(),
        "unique_trades": len(set(trades)),
    }))


if __name__ == "__main__":
    main()
