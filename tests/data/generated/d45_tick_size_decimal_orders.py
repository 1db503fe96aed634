# generated: limit-order pullback strategy that rounds prices to exchange tick sizes with decimal.Decimal, an OrderType/TimeInForce enum pair with methods, and an Order dataclass with a custom __str__; print JSON
import argparse
import json
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_DOWN, ROUND_UP
from enum import Enum
from itertools import count
from typing import List, Optional

import numpy as np

_ids = count(1)


class OrderType(Enum):
    LIMIT = "LMT"
    MARKET = "MKT"

    def crosses(self, side: int, limit: Optional[Decimal], low: Decimal, high: Decimal) -> bool:
        if self is OrderType.MARKET:
            return True
        return low <= limit if side > 0 else high >= limit


class TimeInForce(Enum):
    DAY = 1
    GTC = 0

    def expired(self, age_days: int) -> bool:
        return self is TimeInForce.DAY and age_days >= 1


TICK_TABLE = [(Decimal("0"), Decimal("0.0001")), (Decimal("1"), Decimal("0.01"))]


def tick_for(price: Decimal) -> Decimal:
    tick = TICK_TABLE[0][1]
    for threshold, t in TICK_TABLE:
        if price >= threshold:
            tick = t
    return tick


def round_to_tick(price: Decimal, side: int) -> Decimal:
    t = tick_for(price)
    mode = ROUND_DOWN if side > 0 else ROUND_UP  # buy limits round down, sell limits round up
    return (price / t).quantize(Decimal(1), rounding=mode) * t


@dataclass
class Order:
    side: int
    qty: int
    kind: OrderType
    tif: TimeInForce
    limit: Optional[Decimal] = None
    placed: int = 0
    oid: int = field(default_factory=lambda: next(_ids))

    def __str__(self) -> str:
        verb = "BUY" if self.side > 0 else "SELL"
        px = f" @ {self.limit}" if self.limit is not None else ""
        return f"#{self.oid} {verb} {self.qty} {self.kind.value}{px} {self.tif.name}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=1500)
    ap.add_argument("--pullback-pct", type=Decimal, default=Decimal("1.5"))
    ap.add_argument("--take-profit-pct", type=Decimal, default=Decimal("3"))
    ap.add_argument("--qty", type=int, default=100)
    ap.add_argument("--tif", choices=[t.name for t in TimeInForce], default="DAY")
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    close = 42 * np.exp(np.cumsum(rng.normal(0.0003, 0.015, a.days)))
    high = close * (1 + np.abs(rng.normal(0, 0.008, a.days)))
    low = close * (1 - np.abs(rng.normal(0, 0.008, a.days)))
    D = lambda x: Decimal(str(round(float(x), 6)))

    tif = TimeInForce[a.tif]
    working: List[Order] = []
    position = 0
    cash = Decimal(0)
    filled: List[str] = []
    cancelled = 0
    for t in range(1, a.days):
        lo, hi = D(low[t]), D(high[t])
        still = []
        for o in working:
            if o.kind.crosses(o.side, o.limit, lo, hi):
                px = o.limit if o.limit is not None else D(close[t])
                position += o.side * o.qty
                cash -= o.side * o.qty * px
                filled.append(str(o))
                if o.side > 0:
                    tp = round_to_tick(px * (1 + a.take_profit_pct / 100), -1)
                    still.append(Order(-1, o.qty, OrderType.LIMIT, TimeInForce.GTC, tp, t))
            elif o.tif.expired(t - o.placed):
                cancelled += 1
            else:
                still.append(o)
        working = still
        if position == 0 and not any(o.side > 0 for o in working):
            limit = round_to_tick(D(close[t]) * (1 - a.pullback_pct / 100), 1)
            working.append(Order(1, a.qty, OrderType.LIMIT, tif, limit, t))

    mtm = cash + position * D(close[-1])
    print("last fills:", *filled[-3:], sep="\n  ")
    print(json.dumps({
        "fills": len(filled),
        "cancelled": cancelled,
        "open_orders": [str(o) for o in working],
        "position": position,
        "realised_cash": str(cash.quantize(Decimal("0.01"))),
        "mark_to_market": str(mtm.quantize(Decimal("0.01"))),
    }))


if __name__ == "__main__":
    main()
