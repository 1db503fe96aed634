# generated: write a channel breakout backtest using only the python standard library (no numpy/pandas), random walk prices, statistics module, json output
import argparse
import json
import math
import random
import statistics
from collections import deque
from datetime import date, timedelta
from itertools import accumulate, islice


def business_days(start: date, n: int):
    d = start
    while n > 0:
        if d.weekday() < 5:
            yield d
            n -= 1
        d += timedelta(days=1)


def random_walk(n: int, seed: int, mu: float = 0.0002, sigma: float = 0.011):
    rnd = random.Random(seed)
    log_rets = (rnd.gauss(mu, sigma) for _ in range(n))
    return [100 * math.exp(x) for x in accumulate(log_rets)]


def max_drawdown(equity):
    peak = -math.inf
    worst = 0.0
    for v in equity:
        peak = max(peak, v)
        worst = min(worst, v / peak - 1)
    return worst


def main():
    ap = argparse.ArgumentParser(description="stdlib-only channel breakout")
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--channel", type=int, default=50)
    ap.add_argument("--seed", type=int, default=5150)
    ap.add_argument("--start", type=date.fromisoformat, default=date(2012, 1, 2))
    args = ap.parse_args()

    prices = random_walk(args.n, args.seed)
    dates = list(business_days(args.start, args.n))
    window = deque(islice(prices, args.channel), maxlen=args.channel)
    pos = 0
    daily = []
    entries = []
    for i in range(args.channel, args.n):
        p, prev = prices[i], prices[i - 1]
        daily.append(pos * (p / prev - 1))
        hi, lo = max(window), min(window)
        if p > hi and pos <= 0:
            pos = 1
            entries.append((dates[i].isoformat(), "long", round(p, 2)))
        elif p < lo and pos >= 0:
            pos = -1
            entries.append((dates[i].isoformat(), "short", round(p, 2)))
        window.append(p)

    equity = list(accumulate(daily, lambda acc, r: acc * (1 + r), initial=1.0))
    sd = statistics.stdev(daily)
    by_year = {}
    for d, r in zip(dates[args.channel:], daily):
        by_year.setdefault(d.year, []).append(r)
    yearly = {y: round(math.prod(1 + r for r in rs) - 1, 4) for y, rs in by_year.items()}
    print(f"{len(entries)} entries between {dates[0]} and {dates[-1]}")
    print(json.dumps({
        "final_equity": round(equity[-1], 4),
        "sharpe": round(statistics.fmean(daily) / sd * math.sqrt(252), 3) if sd else 0.0,
        "max_drawdown": round(max_drawdown(equity), 4),
        "trades": len(entries),
        "last_entry": entries[-1] if entries else None,
        "yearly": yearly,
    }))


if __name__ == "__main__":
    main()
