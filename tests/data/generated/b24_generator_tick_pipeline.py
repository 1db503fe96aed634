# generated: streaming tick-by-tick strategy built from python generators (tick source -> bar aggregator -> signal -> executor), print final JSON
import argparse
import itertools
import json
import math
import random
from collections import deque
from typing import Iterator, NamedTuple, Tuple


class Tick(NamedTuple):
    ts: float
    price: float
    size: int


class Bar(NamedTuple):
    start: float
    open: float
    high: float
    low: float
    close: float
    volume: int


def tick_source(seed: int, n: int, start_price: float = 100.0) -> Iterator[Tick]:
    rnd = random.Random(seed)
    price, ts = start_price, 0.0
    for _ in range(n):
        ts += rnd.expovariate(2.0)
        price *= math.exp(rnd.gauss(0, 0.0006))
        yield Tick(ts, round(price, 2), rnd.randint(1, 500))


def bars(ticks: Iterator[Tick], seconds: float) -> Iterator[Bar]:
    for key, group in itertools.groupby(ticks, key=lambda t: int(t.ts // seconds)):
        g = list(group)
        prices = [t.price for t in g]
        yield Bar(key * seconds, prices[0], max(prices), min(prices), prices[-1], sum(t.size for t in g))


def vwap_signal(stream: Iterator[Bar], window: int, band: float) -> Iterator[Tuple[Bar, int]]:
    pv = deque(maxlen=window)
    vol = deque(maxlen=window)
    for bar in stream:
        typical = (bar.high + bar.low + bar.close) / 3
        pv.append(typical * bar.volume)
        vol.append(bar.volume)
        if len(vol) < window:
            yield bar, 0
            continue
        vwap = sum(pv) / sum(vol)
        dev = bar.close / vwap - 1
        yield bar, (-1 if dev > band else 1 if dev < -band else 0)


def execute(signals: Iterator[Tuple[Bar, int]], cost: float):
    pos, last_close = 0, None
    pnl, trades, n = 0.0, 0, 0
    for bar, sig in signals:
        n += 1
        if last_close is not None:
            pnl += pos * (bar.close / last_close - 1)
        if sig != 0 and sig != pos:
            pnl -= cost * abs(sig - pos)
            trades += 1
            pos = sig
        last_close = bar.close
        yield n, pnl, trades


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ticks", type=int, default=200_000)
    ap.add_argument("--bar-seconds", type=float, default=60.0)
    ap.add_argument("--window", type=int, default=30)
    ap.add_argument("--band", type=float, default=0.002)
    ap.add_argument("--cost", type=float, default=0.0001)
    ap.add_argument("--seed", type=int, default=51)
    args = ap.parse_args()

    pipeline = execute(vwap_signal(bars(tick_source(args.seed, args.ticks), args.bar_seconds),
                                   args.window, args.band), args.cost)
    peak, mdd, last = 0.0, 0.0, (0, 0.0, 0)
    for last in pipeline:
        n, pnl, trades = last
        peak = max(peak, pnl)
        mdd = min(mdd, pnl - peak)
        if n % 500 == 0:
            print(f"bar {n}: pnl={pnl:+.4f} trades={trades}")
    n, pnl, trades = last
    print(json.dumps({"bars": n, "cum_pnl": round(pnl, 5), "trades": trades,
                      "max_drawdown": round(mdd, 5), "bar_seconds": args.bar_seconds}))


if __name__ == "__main__":
    main()
