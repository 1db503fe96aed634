# generated: streaming backtest built from generators (tick source -> bar aggregator -> signal -> executor) so it works bar by bar; json summary at end
import argparse
import json
import math
import random
from collections import deque
from itertools import islice
from typing import Dict, Iterable, Iterator, Tuple

Tick = Tuple[int, float, int]     # (second, price, size)
Bar = Dict[str, float]


def ticks(seed: int, n_seconds: int) -> Iterator[Tick]:
    rng = random.Random(seed)
    price = 1000.0
    for sec in range(n_seconds):
        for _ in range(rng.randint(0, 4)):
            price += rng.gauss(0, 0.25)
            yield sec, round(price, 2), rng.randint(1, 50)


def bars(stream: Iterable[Tick], seconds: int) -> Iterator[Bar]:
    current = None
    for sec, price, size in stream:
        bucket = sec // seconds
        if current is None or bucket != current["bucket"]:
            if current is not None:
                yield current
            current = {"bucket": bucket, "open": price, "high": price, "low": price, "close": price, "volume": 0, "vwap_num": 0.0}
        current["high"] = max(current["high"], price)
        current["low"] = min(current["low"], price)
        current["close"] = price
        current["volume"] += size
        current["vwap_num"] += price * size
    if current is not None:
        yield current


def with_vwap_signal(stream: Iterable[Bar], window: int, k: float) -> Iterator[Tuple[Bar, int]]:
    closes = deque(maxlen=window)
    vols = deque(maxlen=window)
    for bar in stream:
        bar["vwap"] = bar["vwap_num"] / bar["volume"] if bar["volume"] else bar["close"]
        closes.append(bar["close"])
        vols.append(bar["volume"])
        signal = 0
        if len(closes) == window:
            mean = sum(closes) / window
            sd = math.sqrt(sum((c - mean) ** 2 for c in closes) / window)
            if sd > 0 and (dev := (bar["close"] - bar["vwap"]) / sd) > k:
                signal = -1
            elif sd > 0 and dev < -k:
                signal = 1
        yield bar, signal


def execute(stream: Iterable[Tuple[Bar, int]], cost: float) -> Iterator[Dict[str, float]]:
    pos, pnl, last = 0, 0.0, None
    for bar, sig in stream:
        if last is not None:
            pnl += pos * (bar["close"] - last)
        if sig != 0 and sig != pos:
            pnl -= cost * abs(sig - pos)
            pos = sig
        last = bar["close"]
        yield {"bucket": bar["bucket"], "pos": pos, "pnl": pnl}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=6 * 3600)
    ap.add_argument("--bar", type=int, default=60)
    ap.add_argument("--window", type=int, default=30)
    ap.add_argument("-k", type=float, default=1.0)
    ap.add_argument("--cost", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args()

    pipeline = execute(with_vwap_signal(bars(ticks(args.seed, args.seconds), args.bar), args.window, args.k), args.cost)
    for row in islice(pipeline, 0, 3):
        print("warmup", row)
    peak, max_dd, n, flips, prev_pos = -math.inf, 0.0, 3, 0, 0
    final = None
    for row in pipeline:
        n += 1
        peak = max(peak, row["pnl"])
        max_dd = min(max_dd, row["pnl"] - peak)
        flips += row["pos"] != prev_pos
        prev_pos = row["pos"]
        final = row
    print(json.dumps({
        "bars": n,
        "final_pnl": round(final["pnl"], 2),
        "max_drawdown": round(max_dd, 2),
        "position_changes": flips,
        "final_position": final["pos"],
    }))


if __name__ == "__main__":
    main()
