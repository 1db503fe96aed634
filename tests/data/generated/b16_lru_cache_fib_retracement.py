# generated: Fibonacci retracement swing strategy, cache expensive swing detection with functools.lru_cache, print json stats
import argparse
import json
from functools import lru_cache, reduce

import numpy as np

FIB_LEVELS = (0.236, 0.382, 0.5, 0.618, 0.786)


class PriceSeries:
    def __init__(self, values):
        self._values = tuple(float(v) for v in values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    @lru_cache(maxsize=None)
    def swing_high(self, end: int, lookback: int) -> float:
        start = max(0, end - lookback)
        return max(self._values[start:end + 1])

    @lru_cache(maxsize=None)
    def swing_low(self, end: int, lookback: int) -> float:
        start = max(0, end - lookback)
        return min(self._values[start:end + 1])

    def __hash__(self):
        return hash((len(self._values), self._values[0], self._values[-1]))

    def __eq__(self, other):
        return isinstance(other, PriceSeries) and self._values == other._values


@lru_cache(maxsize=128)
def retracement(high: float, low: float, level: float) -> float:
    return high - (high - low) * level


def compound(returns):
    return reduce(lambda acc, r: acc * (1 + r), returns, 1.0) - 1


def run(prices: PriceSeries, lookback: int, level: float, take_profit: float, stop: float):
    trades = []
    in_trade = False
    entry = 0.0
    daily = np.zeros(len(prices))
    for t in range(lookback, len(prices)):
        px = prices[t]
        if in_trade:
            daily[t] = px / prices[t - 1] - 1
            if px >= entry * (1 + take_profit) or px <= entry * (1 - stop):
                trades.append(px / entry - 1)
                in_trade = False
            continue
        hi = prices.swing_high(t - 1, lookback)
        lo = prices.swing_low(t - 1, lookback)
        if hi - lo <= 0:
            continue
        target = retracement(round(hi, 6), round(lo, 6), level)
        uptrend = prices[t - lookback] < prices[t - 1]
        if uptrend and prices[t - 1] > target >= px:
            in_trade = True
            entry = px
    return trades, daily


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--lookback", type=int, default=40)
    ap.add_argument("--level", type=float, choices=FIB_LEVELS, default=0.618)
    ap.add_argument("--tp", type=float, default=0.05)
    ap.add_argument("--sl", type=float, default=0.03)
    ap.add_argument("--seed", type=int, default=123)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    prices = PriceSeries(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.011, args.n))))
    trades, daily = run(prices, args.lookback, args.level, args.tp, args.sl)
    info = PriceSeries.swing_high.cache_info()
    print(f"swing_high cache: hits={info.hits} misses={info.misses}")
    eq = np.cumprod(1 + daily)
    print(json.dumps({
        "trades": len(trades),
        "compounded_trade_return": round(compound(trades), 4),
        "win_rate": round(sum(t > 0 for t in trades) / len(trades), 3) if trades else None,
        "final_equity": round(float(eq[-1]), 4),
        "max_drawdown": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "fib_level": args.level,
        "retracement_cache": retracement.cache_info()._asdict(),
    }))


if __name__ == "__main__":
    main()
