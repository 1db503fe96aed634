# generated: a streaming breakout strategy that consumes bars from a generator, uses collections.namedtuple for bars and deque for rolling windows, and prints the result as JSON
import argparse
import json
import math
import random
from collections import deque, namedtuple
from datetime import datetime, timedelta
from typing import Iterator

Bar = namedtuple("Bar", "ts open high low close volume")


def bar_stream(n: int, seed: int, start: datetime) -> Iterator[Bar]:
    rnd = random.Random(seed)
    price = 100.0
    ts = start
    for _ in range(n):
        o = price
        moves = [rnd.gauss(0, 0.004) for _ in range(12)]
        path = [o]
        for m in moves:
            path.append(path[-1] * math.exp(m))
        price = path[-1]
        yield Bar(ts, o, max(path), min(path), price, rnd.randint(1_000, 50_000))
        ts += timedelta(hours=1)


def rolling_breakout(bars: Iterator[Bar], lookback: int, stop_pct: float):
    highs = deque(maxlen=lookback)
    lows = deque(maxlen=lookback)
    position = None
    for bar in bars:
        if position is not None:
            entry_price, entry_ts = position
            stop = entry_price * (1 - stop_pct)
            if bar.low <= stop:
                yield ("exit_stop", entry_ts, bar.ts, entry_price, stop)
                position = None
            elif len(lows) == lookback and bar.close < min(lows):
                yield ("exit_signal", entry_ts, bar.ts, entry_price, bar.close)
                position = None
        elif len(highs) == lookback and bar.close > max(highs):
            position = (bar.close, bar.ts)
        highs.append(bar.high)
        lows.append(bar.low)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=6000)
    ap.add_argument("--lookback", type=int, default=48)
    ap.add_argument("--stop", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=10)
    args = ap.parse_args()

    stream = bar_stream(args.bars, args.seed, datetime(2023, 1, 2, 9))
    trades = list(rolling_breakout(stream, args.lookback, args.stop))
    rets = [(ex / en - 1) for _, _, _, en, ex in trades]
    holding = [(t[2] - t[1]).total_seconds() / 3600 for t in trades]
    by_kind = {}
    for kind, *_ in trades:
        by_kind[kind] = by_kind.get(kind, 0) + 1

    equity = 1.0
    peak = 1.0
    worst = 0.0
    for r in rets:
        equity *= 1 + r
        peak = max(peak, equity)
        worst = min(worst, equity / peak - 1)

    for t in trades[:3]:
        print("{0:<12s} {1:%Y-%m-%d %H:%M} -> {2:%Y-%m-%d %H:%M}  {3:8.3f} -> {4:8.3f}".format(*t))
    print(json.dumps({
        "trades": len(trades),
        "exits": by_kind,
        "win_rate": round(sum(r > 0 for r in rets) / len(rets), 3) if rets else None,
        "avg_trade_pct": round(100 * sum(rets) / len(rets), 3) if rets else None,
        "avg_holding_hours": round(sum(holding) / len(holding), 1) if holding else None,
        "compounded_return": round(equity - 1, 4),
        "max_trade_dd": round(worst, 4),
    }))


if __name__ == "__main__":
    main()
