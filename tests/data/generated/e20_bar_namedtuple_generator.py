# generated: streaming backtest using a generator of Bar namedtuples and a deque-based rolling window, JSON stats
import argparse
import json
import math
import random
from collections import deque, namedtuple
from datetime import date, timedelta
from typing import Iterator

Bar = namedtuple("Bar", "day open high low close volume")


def bar_stream(n: int, seed: int, start: date = date(2021, 1, 4)) -> Iterator[Bar]:
    rnd = random.Random(seed)
    price = 100.0
    day = start
    emitted = 0
    while emitted < n:
        if day.weekday() < 5:
            o = price
            c = o * math.exp(rnd.gauss(0.0002, 0.012))
            h = max(o, c) * (1 + abs(rnd.gauss(0, 0.004)))
            l = min(o, c) * (1 - abs(rnd.gauss(0, 0.004)))
            v = int(rnd.lognormvariate(13, 0.4))
            yield Bar(day, o, h, l, c, v)
            price = c
            emitted += 1
        day += timedelta(days=1)


class RollingStats:
    def __init__(self, n: int):
        self._buf = deque(maxlen=n)
        self._sum = 0.0
        self._sq = 0.0

    def push(self, x: float) -> None:
        if len(self._buf) == self._buf.maxlen:
            old = self._buf[0]
            self._sum -= old
            self._sq -= old * old
        self._buf.append(x)
        self._sum += x
        self._sq += x * x

    @property
    def ready(self) -> bool:
        return len(self._buf) == self._buf.maxlen

    @property
    def mean(self) -> float:
        return self._sum / len(self._buf)

    @property
    def std(self) -> float:
        n = len(self._buf)
        var = max(self._sq / n - self.mean ** 2, 0.0)
        return math.sqrt(var)


def vwap_reversion(bars: Iterator[Bar], window: int, k: float):
    pv = deque(maxlen=window)
    vol = deque(maxlen=window)
    stats = RollingStats(window)
    pos = 0
    prev_close = None
    for bar in bars:
        if prev_close is not None:
            yield bar.day, pos * (bar.close / prev_close - 1)
        typical = (bar.high + bar.low + bar.close) / 3
        pv.append(typical * bar.volume)
        vol.append(bar.volume)
        vwap = sum(pv) / sum(vol)
        dev = bar.close / vwap - 1
        stats.push(dev)
        if stats.ready and stats.std > 0:
            z = (dev - stats.mean) / stats.std
            if z < -k:
                pos = 1
            elif z > 0:
                pos = 0
        prev_close = bar.close


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=1500)
    ap.add_argument("--window", type=int, default=20)
    ap.add_argument("--k", type=float, default=1.5)
    ap.add_argument("--seed", type=int, default=44)
    args = ap.parse_args()

    equity, peak, max_dd, n, invested = 1.0, 1.0, 0.0, 0, 0
    rets = []
    last_day = None
    for day, r in vwap_reversion(bar_stream(args.bars, args.seed), args.window, args.k):
        equity *= 1 + r
        peak = max(peak, equity)
        max_dd = min(max_dd, equity / peak - 1)
        rets.append(r)
        invested += r != 0
        n += 1
        last_day = day
    mu = sum(rets) / n
    sd = math.sqrt(sum((x - mu) ** 2 for x in rets) / (n - 1))
    print(f"streamed {n} returns through {last_day:%Y-%m-%d}")
    print(json.dumps({
        "final_equity": round(equity, 4),
        "max_drawdown": round(max_dd, 4),
        "sharpe": round(mu / sd * math.sqrt(252), 3) if sd else 0.0,
        "days_invested": invested,
        "last_day": last_day.isoformat(),
    }))


if __name__ == "__main__":
    main()
