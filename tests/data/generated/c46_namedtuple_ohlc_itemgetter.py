# generated: pure-python (no pandas) inside-bar breakout strategy using namedtuples for bars, operator.itemgetter for sorting, print JSON
import argparse
import json
import math
import random
from collections import namedtuple
from operator import itemgetter
from statistics import mean, median, pstdev

Bar = namedtuple("Bar", "i open high low close volume")
Trade = namedtuple("Trade", "entry_i exit_i side entry exit ret")


def make_bars(n, seed):
    rnd = random.Random(seed)
    bars, px = [], 100.0
    for i in range(n):
        o = px
        c = o * math.exp(rnd.gauss(0.0002, 0.013))
        h = max(o, c) * (1 + abs(rnd.gauss(0, 0.005)))
        l = min(o, c) * (1 - abs(rnd.gauss(0, 0.005)))
        bars.append(Bar(i, o, h, l, c, rnd.randint(100_000, 900_000)))
        px = c
    return bars


def is_inside(bar, mother):
    return bar.high < mother.high and bar.low > mother.low


def run(bars, max_hold, rr):
    trades = []
    i = 2
    while i < len(bars) - 1:
        mother, inside = bars[i - 2], bars[i - 1]
        if not is_inside(inside, mother):
            i += 1
            continue
        b = bars[i]
        side = 1 if b.high > mother.high else -1 if b.low < mother.low else 0
        if side == 0:
            i += 1
            continue
        entry = mother.high if side == 1 else mother.low
        stop = mother.low if side == 1 else mother.high
        risk = abs(entry - stop)
        target = entry + side * rr * risk
        exit_px, exit_i = None, None
        for j in range(i, min(i + max_hold, len(bars))):
            bj = bars[j]
            hit_stop = bj.low <= stop if side == 1 else bj.high >= stop
            hit_tgt = bj.high >= target if side == 1 else bj.low <= target
            if hit_stop:
                exit_px, exit_i = stop, j
                break
            if hit_tgt:
                exit_px, exit_i = target, j
                break
        if exit_px is None:
            exit_i = min(i + max_hold, len(bars)) - 1
            exit_px = bars[exit_i].close
        trades.append(Trade(i, exit_i, side, entry, exit_px, side * (exit_px / entry - 1)))
        i = exit_i + 1
    return trades


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=4000)
    ap.add_argument("--max-hold", type=int, default=10)
    ap.add_argument("--rr", type=float, default=2.0, help="reward:risk multiple")
    ap.add_argument("--seed", type=int, default=33)
    a = ap.parse_args()

    bars = make_bars(a.bars, a.seed)
    inside_count = sum(is_inside(b, m) for m, b in zip(bars, bars[1:]))
    trades = run(bars, a.max_hold, a.rr)
    rets = [t.ret for t in trades]
    best = sorted(trades, key=itemgetter(5), reverse=True)[:3]
    top_volume = max(bars, key=itemgetter(5))
    wealth = 1.0
    for r in rets:
        wealth *= 1 + r
    print(f"inside bars: {inside_count}, trades: {len(trades)}, biggest volume bar #{top_volume.i}")
    for t in best:
        print("  best: bar {:>5d} side {:+d} ret {:+.2%}".format(t.entry_i, t.side, t.ret))
    print(json.dumps({
        "trades": len(trades),
        "win_rate": round(sum(r > 0 for r in rets) / len(rets), 3) if rets else None,
        "mean_ret": round(mean(rets), 5) if rets else None,
        "median_ret": round(median(rets), 5) if rets else None,
        "stdev_ret": round(pstdev(rets), 5) if rets else None,
        "final_wealth": round(wealth, 4),
        "avg_hold": round(mean(t.exit_i - t.entry_i for t in trades), 2) if trades else None,
        "best_trade": best[0]._asdict() if best else None,
    }))


if __name__ == "__main__":
    main()
