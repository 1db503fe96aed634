# generated: event-driven simulation using a heapq priority queue of timestamped events (market data, order fills with latency, timers), market making strategy, JSON result
import argparse
import heapq
import itertools
import json
import random
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    payload: Any = field(compare=False, default=None)


class Simulator:
    def __init__(self, seed: int, latency: float, spread_bps: float, max_inventory: int):
        self._rnd = random.Random(seed)
        self._queue: list = []
        self._counter = itertools.count()
        self.latency = latency
        self.spread = spread_bps / 1e4
        self.max_inv = max_inventory
        self.mid = 100.0
        self.inventory = 0
        self.cash = 0.0
        self.fills = 0
        self.quotes = None
        self.pnl_path = []

    def schedule(self, t: float, kind: str, payload=None) -> None:
        heapq.heappush(self._queue, Event(t, next(self._counter), kind, payload))

    def _on_tick(self, t: float) -> None:
        self.mid *= 1 + self._rnd.gauss(0, 0.0004)
        skew = -self.inventory / self.max_inv * self.spread / 2
        bid = self.mid * (1 - self.spread / 2 + skew)
        ask = self.mid * (1 + self.spread / 2 + skew)
        self.schedule(t + self.latency, "quote", (bid, ask))
        self.schedule(t + self._rnd.expovariate(5.0), "tick")
        if self._rnd.random() < 0.5:
            self.schedule(t + self._rnd.expovariate(10.0), "taker", self._rnd.choice(("buy", "sell")))

    def _on_taker(self, side: str) -> None:
        if self.quotes is None:
            return
        bid, ask = self.quotes
        if side == "buy" and self.inventory > -self.max_inv:
            self.inventory -= 1
            self.cash += ask
            self.fills += 1
        elif side == "sell" and self.inventory < self.max_inv:
            self.inventory += 1
            self.cash -= bid
            self.fills += 1

    def run(self, horizon: float) -> None:
        self.schedule(0.0, "tick")
        self.schedule(60.0, "snapshot")
        while self._queue:
            ev = heapq.heappop(self._queue)
            if ev.time > horizon:
                break
            if ev.kind == "tick":
                self._on_tick(ev.time)
            elif ev.kind == "quote":
                self.quotes = ev.payload
            elif ev.kind == "taker":
                self._on_taker(ev.payload)
            elif ev.kind == "snapshot":
                self.pnl_path.append(self.cash + self.inventory * self.mid)
                self.schedule(ev.time + 60.0, "snapshot")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--horizon", type=float, default=6.5 * 3600)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--spread-bps", type=float, default=4.0)
    ap.add_argument("--max-inventory", type=int, default=50)
    ap.add_argument("--seed", type=int, default=707)
    args = ap.parse_args()

    sim = Simulator(args.seed, args.latency, args.spread_bps, args.max_inventory)
    sim.run(args.horizon)
    path = sim.pnl_path
    peak, mdd = float("-inf"), 0.0
    for v in path:
        peak = max(peak, v)
        mdd = min(mdd, v - peak)
    print(f"simulated {args.horizon / 3600:.1f}h, {sim.fills} fills, inventory {sim.inventory}")
    print(json.dumps({
        "fills": sim.fills,
        "final_pnl": round(path[-1], 4) if path else 0.0,
        "final_inventory": sim.inventory,
        "max_drawdown": round(mdd, 4),
        "snapshots": len(path),
        "final_mid": round(sim.mid, 4),
    }))


if __name__ == "__main__":
    main()
