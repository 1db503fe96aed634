# generated: compact streaming breakout strategy using walrus operator, generators and itertools.islice/accumulate; json stats at end
import argparse
import itertools
import json
import math
import random
from collections import deque


def price_stream(seed: int, start: float = 100.0, vol: float = 0.011):
    rnd = random.Random(seed)
    px = start
    while True:
        px *= math.exp(rnd.gauss(0.0002, vol))
        yield px


def signals(prices, n: int):
    window = deque(maxlen=n)
    for px in prices:
        if len(window) == n and (hi := max(window)) < px:
            yield px, 1, hi
        elif len(window) == n and (lo := min(window)) > px:
            yield px, -1, lo
        else:
            yield px, 0, None
        window.append(px)


def positions(sig_stream, hold: int):
    pos, left = 0, 0
    for px, s, _level in sig_stream:
        if s:
            pos, left = s, hold
        elif left and not (left := left - 1):
            pos = 0
        yield px, pos


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--hold", type=int, default=10)
    ap.add_argument("--bars", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args()
    stream = itertools.islice(positions(signals(price_stream(a.seed), a.n), a.hold), a.bars)
    rets, prev_px, prev_pos = [], None, 0
    for px, pos in stream:
        if prev_px is not None:
            rets.append(prev_pos * (px / prev_px - 1))
        prev_px, prev_pos = px, pos
    equity = list(itertools.accumulate(rets, lambda eq, r: eq * (1 + r), initial=1.0))
    peaks = list(itertools.accumulate(equity, max))
    dd = min(e / p - 1 for e, p in zip(equity, peaks))
    active = [r for r in rets if r]
    mean = sum(rets) / len(rets)
    sd = math.sqrt(sum((r - mean) ** 2 for r in rets) / (len(rets) - 1))
    if (n_active := len(active)) == 0:
        print("no trades")
    print(f"{n_active} active days out of {len(rets)}")
    print(json.dumps({
        "final_equity": round(equity[-1], 4),
        "max_dd": round(dd, 4),
        "sharpe": round(mean / sd * math.sqrt(252), 3) if sd else 0.0,
        "active_days": n_active,
        "hit_rate": round(sum(r > 0 for r in active) / n_active, 3) if n_active else None,
    }))


if __name__ == "__main__":
    main()
