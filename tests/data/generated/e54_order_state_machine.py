# generated: order management simulation with an OrderStatus enum state machine (allowed transitions as a method), limit orders filled against synthetic bars, json report
import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import Enum
from itertools import count
from typing import List

import numpy as np


class OrderStatus(Enum):
    NEW = "new"
    WORKING = "working"
    PARTIAL = "partial"
    FILLED = "filled"
    CANCELLED = "cancelled"
    EXPIRED = "expired"

    @property
    def is_terminal(self) -> bool:
        return self in (OrderStatus.FILLED, OrderStatus.CANCELLED, OrderStatus.EXPIRED)

    def can_become(self, other: "OrderStatus") -> bool:
        allowed = {
            OrderStatus.NEW: {OrderStatus.WORKING, OrderStatus.CANCELLED},
            OrderStatus.WORKING: {OrderStatus.PARTIAL, OrderStatus.FILLED, OrderStatus.CANCELLED, OrderStatus.EXPIRED},
            OrderStatus.PARTIAL: {OrderStatus.PARTIAL, OrderStatus.FILLED, OrderStatus.CANCELLED, OrderStatus.EXPIRED},
        }
        return other in allowed.get(self, set())


_ids = count(1)


@dataclass
class LimitOrder:
    side: int
    qty: int
    limit: float
    ttl: int
    id: int = field(default_factory=lambda: next(_ids))
    filled: int = 0
    status: OrderStatus = OrderStatus.NEW
    history: List[OrderStatus] = field(default_factory=list)

    def transition(self, new: OrderStatus) -> None:
        if not self.status.can_become(new):
            raise RuntimeError(f"order {self.id}: illegal {self.status.value} -> {new.value}")
        self.history.append(self.status)
        self.status = new

    @property
    def remaining(self) -> int:
        return self.qty - self.filled


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=1500)
    ap.add_argument("--offset", type=float, default=0.004, help="limit distance from close")
    ap.add_argument("--ttl", type=int, default=3)
    ap.add_argument("--seed", type=int, default=29)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.01, a.bars)))
    low = close * (1 - np.abs(rng.normal(0, 0.006, a.bars)))
    high = close * (1 + np.abs(rng.normal(0, 0.006, a.bars)))
    volume = rng.integers(50, 400, a.bars)

    working: List[LimitOrder] = []
    done: List[LimitOrder] = []
    position, cash = 0, 0.0
    for t in range(1, a.bars):
        still = []
        for o in working:
            touched = low[t] <= o.limit if o.side > 0 else high[t] >= o.limit
            if touched:
                fill = int(min(o.remaining, volume[t] * 0.25))
                o.filled += fill
                position += o.side * fill
                cash -= o.side * fill * o.limit
                o.transition(OrderStatus.FILLED if o.remaining == 0 else OrderStatus.PARTIAL)
            o.ttl -= 1
            if not o.status.is_terminal and o.ttl <= 0:
                o.transition(OrderStatus.EXPIRED)
            (done if o.status.is_terminal else still).append(o)
        working = still
        side = 1 if position <= 0 else -1
        o = LimitOrder(side, 100, close[t] * (1 - side * a.offset), a.ttl)
        o.transition(OrderStatus.WORKING)
        working.append(o)
    for o in working:
        o.transition(OrderStatus.CANCELLED)
        done.append(o)
    statuses = Counter(o.status.value for o in done)
    paths = defaultdict(int)
    for o in done:
        paths[" > ".join(s.value for s in o.history + [o.status])] += 1
    pnl = cash + position * close[-1]
    print("status counts:", dict(statuses))
    print(json.dumps({
        "orders": len(done),
        "statuses": dict(statuses),
        "fill_ratio": round(sum(o.filled for o in done) / sum(o.qty for o in done), 3),
        "final_position": position,
        "pnl": round(float(pnl), 2),
        "top_paths": dict(sorted(paths.items(), key=lambda kv: -kv[1])[:4]),
    }))


if __name__ == "__main__":
    main()
