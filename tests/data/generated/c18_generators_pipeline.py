# generated: a streaming backtest built from generator functions (price feed -> indicators -> signals -> fills), print summary JSON
import argparse
import json
import math
import random
from collections import deque
from itertools import islice, tee


def price_feed(seed, start=100.0, mu=0.0002, sigma=0.01):
    rng = random.Random(seed)
    price = start
    t = 0
    while True:
        price *= math.exp(rng.gauss(mu, sigma))
        yield t, price
        t += 1


def with_ema(stream, span):
    alpha = 2 / (span + 1)
    ema = None
    for t, p in stream:
        ema = p if ema is None else alpha * p + (1 - alpha) * ema
        yield t, p, ema


def with_rolling_std(stream, window):
    buf = deque(maxlen=window)
    for t, p, ema in stream:
        buf.append(p)
        if len(buf) < window:
            yield t, p, ema, None
            continue
        m = sum(buf) / len(buf)
        sd = math.sqrt(sum((x - m) ** 2 for x in buf) / (len(buf) - 1))
        yield t, p, ema, sd


def signals(stream, band):
    for t, p, ema, sd in stream:
        if sd is None or sd == 0:
            yield t, p, 0
        else:
            z = (p - ema) / sd
            yield t, p, (-1 if z > band else 1 if z < -band else 0)


def positions(stream):
    pos = 0
    for t, p, s in stream:
        if s != 0:
            pos = s
        yield t, p, pos


def pnl(stream, cost):
    prev_p = prev_pos = None
    for t, p, pos in stream:
        if prev_p is None:
            r = 0.0
        else:
            r = prev_pos * (p / prev_p - 1) - cost * abs(pos - prev_pos)
        prev_p, prev_pos = p, pos
        yield t, r, pos


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=5000)
    ap.add_argument("--span", type=int, default=30)
    ap.add_argument("--window", type=int, default=30)
    ap.add_argument("--band", type=float, default=1.5)
    ap.add_argument("--cost", type=float, default=0.0002)
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args()

    pipeline = pnl(positions(signals(with_rolling_std(with_ema(price_feed(args.seed), args.span),
                                                        args.window), args.band)), args.cost)
    a, b = tee(islice(pipeline, args.bars))
    rets = [r for _, r, _ in a]
    flips = sum(1 for _ in (1 for (_, _, p1), (_, _, p2) in zip(b, islice(b, 1, None)) if p1 != p2))

    n = len(rets)
    mean = sum(rets) / n
    sd = math.sqrt(sum((r - mean) ** 2 for r in rets) / (n - 1))
    wealth, peak, mdd = 1.0, 1.0, 0.0
    for i, r in enumerate(rets):
        wealth *= 1 + r
        peak = max(peak, wealth)
        mdd = min(mdd, wealth / peak - 1)
        if i and i % 1000 == 0:
            print(f"bar {i}: wealth={wealth:.4f}")
    print(json.dumps({
        "bars": n,
        "final_wealth": round(wealth, 4),
        "sharpe": round(mean / sd * math.sqrt(252), 3) if sd else None,
        "max_drawdown": round(mdd, 4),
        "position_changes": flips,
    }))


if __name__ == "__main__":
    main()
